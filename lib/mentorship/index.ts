// The mentorship journal's pure core (ARCHITECTURE.md §7): schemas, edits, the default agenda, progress and reviews.
export * from './schema';
export * from './edit';
export { draftAgenda, agendaText, toBringUp, openActions, SOON_DAYS, type AgendaItem, type AgendaKind } from './agenda';
export { goalProgress, activeGoals, openStepsDueBy, overdueSteps, lastReviewAt, reviewSummary, stepsDone, count, type ReviewSummary, type GoalReview } from './progress';
export { closeFacts, type CloseFacts } from './close';
export { summarize } from './summary';
export { mergeMentorship } from './merge';
export { dayOf, dayStart, addDays, addLocalDays, shortDay } from './days';
