import type { NudgeKind } from '../tracker/schema';
import { firstName, type Nudge, type NudgePerson } from './types';

// Questions, not orders: nothing is sent automatically (ASK.md §5); the user opens the draft or not.
const TITLES: Record<NudgeKind, (name: string) => string> = {
  'check-in': (n) => `Check in with ${n}?`,
  'close-out': (n) => `Close your ask to ${n}?`,
  'send-ask': (n) => `Send ${n} your ask?`,
  agenda: (n) => `Send ${n} an agenda?`,
  'chat-happened': (n) => `Did your chat with ${n} happen?`,
  'thank-you': (n) => `Thank ${n} for the chat?`,
  'report-back': (n) => `Report back to ${n}?`,
  cadence: (n) => `Catch up with ${n}?`,
};

/** "Check in with Marisol?"; with `full`, "Check in with Marisol Reyes?" (lists of many people: three Tomáses differ). */
export function nudgeTitle(nudge: Pick<Nudge, 'kind'>, person: NudgePerson, full = false): string {
  return TITLES[nudge.kind](full ? person.name.trim() || firstName(person) : firstName(person));
}

/** The notification's text: "Check in with Marisol? It's been 7 days since your ask" */
export function nudgeMessage(nudge: Pick<Nudge, 'kind' | 'reason'>, person: NudgePerson): string {
  return `${nudgeTitle(nudge, person)} ${nudge.reason}`;
}
