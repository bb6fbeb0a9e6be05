import type { PersonState, Stage } from './schema';
import type { Step } from './steps';

/** "Can't <action>: …" — what the user tried, as a verb phrase. */
export const STEP_ACTIONS: Record<Step, string> = {
  invite: 'mark an invitation sent',
  accept: 'mark the invitation accepted',
  'send-ask': 'mark the ask sent',
  'send-check-in': 'mark a check-in sent',
  reply: 'mark a reply',
  schedule: 'schedule a chat',
  'send-agenda': 'mark the agenda sent',
  hold: 'mark the chat held',
  'send-thank-you': 'mark a thank-you sent',
  'send-report-back': 'mark a report-back sent',
  mentor: 'start a mentorship',
  'send-cadence': 'mark a mentoring check-in sent',
  'send-close': 'mark a closing message sent',
  close: 'close this',
  reopen: 'reopen',
};

export const STAGE_LABELS: Record<Stage, string> = {
  drafted: 'Drafted',
  invited: 'Invited',
  sent: 'Asked',
  replied: 'Replied',
  scheduled: 'Chat scheduled',
  held: 'Chat held',
  mentoring: 'Mentoring',
  closed: 'Closed',
};

const ORDER: Record<Stage, number> = { drafted: 0, invited: 1, sent: 2, replied: 3, scheduled: 4, held: 5, mentoring: 6, closed: 7 };

/** Why the step can't happen yet (the person is at an earlier stage than it needs). */
const NOT_YET: Record<Step, (who: string) => string> = {
  invite: (w) => `${w} is not in the tracker yet`,
  accept: (w) => `no invitation to ${w} has been marked yet`,
  'send-ask': (w) => `${w} is not in the tracker yet`,
  'send-check-in': (w) => `no ask has been sent to ${w} yet`,
  reply: (w) => `no ask has been sent to ${w} yet`,
  schedule: (w) => `${w} hasn't replied yet`,
  'send-agenda': (w) => `no chat with ${w} is scheduled yet`,
  hold: (w) => `no chat with ${w} is scheduled yet`,
  'send-thank-you': (w) => `no chat with ${w} has been held yet`,
  'send-report-back': (w) => `no chat with ${w} has been held yet`,
  mentor: (w) => `no chat with ${w} has been held yet`,
  'send-cadence': (w) => `no mentorship with ${w} has started yet`,
  'send-close': (w) => `${w} hasn't replied yet; close it without a message instead`,
  close: (w) => `${w} is already closed`,
  reopen: (w) => `${w} isn't closed`,
};

/** Why the step no longer fits (the person is past it); absent steps use the generic sentence. */
const TOO_LATE: Partial<Record<Step, (who: string, s: PersonState) => string>> = {
  'send-ask': (w) => `the ask to ${w} is already marked sent`,
  invite: (w, s) => (s.stage === 'invited' ? `an invitation to ${w} is already marked` : `${w} is already past the invitation`),
  'send-check-in': (w) => `${w} has already replied`,
  reply: (w) => `${w} has already replied`,
  'send-agenda': (w, s) => (s.stage === 'held' ? `the chat with ${w} has already been held` : `no chat with ${w} is scheduled now`),
  hold: (w) => `the chat with ${w} is already marked held; schedule the next one first`,
  // Only "scheduled" gets here: there the thank-you is for a chat held before this one was booked.
  'send-thank-you': (w, s) =>
    s.heldAt === undefined ? `no chat with ${w} has been held yet` : `the thank-you for your last chat with ${w} is already marked sent`,
  close: (w) => `${w} is already closed`,
  reopen: (w) => `${w} isn't closed`,
};

/** The clause after "Can't …:" for a refused step. */
export function refusalReason(state: PersonState, step: Step, who: string, from: readonly Stage[]): string {
  if (step === 'accept' && state.stage === 'invited') return `${who}'s invitation is already marked accepted`;
  if (state.stage === 'closed' && step !== 'reopen') return step === 'close' ? `${who} is already closed` : `${who} is closed; reopen first`;
  const first = Math.min(...from.map((s) => ORDER[s]));
  if (ORDER[state.stage] < first) return NOT_YET[step](who);
  return TOO_LATE[step]?.(who, state) ?? `${who} is already at “${STAGE_LABELS[state.stage]}”`;
}
