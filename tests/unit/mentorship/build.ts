// A mentorship built through the pure edits, with predictable ids, on fixed clocks.
import { addGoal, addJournal, addStep, newMentorship, recordSession, setPurpose, type Mentorship } from '../../../lib/mentorship';

export const DAY = 86_400_000;
/** Monday 4 January 2027, 10:00 in London (UTC in winter). */
export const START = Date.UTC(2027, 0, 4, 10, 0);

export function ids(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** Started, purpose set, two goals ("g-1" professional, "g-2" personal) with a step each. */
export function twoGoals(id = ids('g')): Mentorship {
  let m = newMentorship('https://www.linkedin.com/in/marisol-vega/', START);
  m = setPurpose(m, { gain: 'Lead a team', offer: 'Notes from our payments rewrite', meeting: 'Monthly call', feedback: 'Direct' }, START);
  m = addGoal(m, { kind: 'professional', title: 'Lead the Q2 release', why: 'First step to team lead' }, START, id);
  m = addGoal(m, { kind: 'personal', title: 'Speak up in design reviews' }, START, id);
  m = addStep(m, { goalId: 'g-1', text: 'Shadow the current release lead', due: '2027-01-20' }, START, id);
  m = addStep(m, { goalId: 'g-2', text: 'Ask one question per review', due: '2027-03-01' }, START, id);
  return m;
}

export function withSession(m: Mentorship, id = ids('s')): Mentorship {
  m = recordSession(m, {
    at: START + 7 * DAY, minutes: 45, timeZone: 'Europe/London', theirTimeZone: 'America/New_York', agenda: ['Personal update'],
    notes: 'Talked about release trains', feedback: 'Write things down earlier', takeaways: 'Keep a decision log',
    actionItems: [{ text: 'Start a decision log', due: '2027-01-25', goalId: 'g-1' }, { text: 'Read "An Elegant Puzzle"', due: '2027-02-05' }],
  }, START + 7 * DAY, id);
  return addJournal(m, { day: '2027-01-15', text: 'Froze in the review again; why?', goalId: 'g-2', bringUp: true }, START + 11 * DAY, id);
}
