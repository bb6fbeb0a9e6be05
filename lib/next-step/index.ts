/** The one next step per person: what the popup and the person page lead with. Pure. */
export { nextStep } from './next-step';
export { askStep } from './ask-step';
export { closeReasonFor } from './close-reason';
export { draftFor, type DraftContext } from './draft';
export { ACTION_LABELS, DRAFT_TITLES, NEXT_KINDS, NextStepSchema, SENT_KIND, type DraftKind, type NextKind, type NextStep, type StepAction } from './types';
