import { nudgeTitle as titleOf } from '../follow-ups';
import { firstName, type Nudge, type NudgePerson } from './types';

/** "Check in with Marisol?" (the titles are lib/follow-ups.ts's): questions, not orders; nothing is sent automatically (ARCHITECTURE.md §5). */
export function nudgeTitle(nudge: Pick<Nudge, 'kind'>, person: NudgePerson): string {
  return titleOf(nudge.kind, firstName(person));
}

/** The notification's text: "Check in with Marisol? It's been 7 days since your ask" */
export function nudgeMessage(nudge: Pick<Nudge, 'kind' | 'reason'>, person: NudgePerson): string {
  return `${nudgeTitle(nudge, person)} ${nudge.reason}`;
}
