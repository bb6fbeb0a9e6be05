import { nudgeTitle as titleOf } from '../follow-ups';
import { firstName, type Nudge, type NudgePerson } from './types';

/**
 * "Check in with Marisol?" (the titles are lib/follow-ups.ts's): questions, not orders; nothing is sent automatically (ARCHITECTURE.md §5).
 * With `full`, "Check in with Marisol Reyes?" (lists of many people: three Tomáses differ).
 */
export function nudgeTitle(nudge: Pick<Nudge, 'kind'>, person: NudgePerson, full = false): string {
  return titleOf(nudge.kind, full ? person.name.trim() || firstName(person) : firstName(person));
}

/** The notification's text: "Check in with Marisol? It's been 7 days since your ask" */
export function nudgeMessage(nudge: Pick<Nudge, 'kind' | 'reason'>, person: NudgePerson): string {
  return `${nudgeTitle(nudge, person)} ${nudge.reason}`;
}
