import { sameData } from './merge-profile';
import { cleanTags } from './people';
import { stateOf, withState } from './state';
import { STAGES, type OutreachEvent, type Person } from './schema';

export type MergeStatus = 'added' | 'updated' | 'unchanged';

const MAX_READINGS = 20;

/**
 * The step log of a person whose two copies each took steps the other lacks (a file from
 * another computer, edited on both). Interleaved by time, as they happened. None of these
 * steps can be undone any more: each one's saved "before" belongs to its own copy, and
 * restoring it would silently drop the other copy's steps.
 */
export function mergeDivergedEvents(events: readonly OutreachEvent[]): OutreachEvent[] {
  // The same ids, handed out again in time order: the log stays "ids ascending" (history.ts)
  // and an export lists the merged steps as they happened.
  const ids = events.map((e) => e.id!).sort((a, b) => a - b);
  return [...events].sort((a, b) => a.at - b.at).map(({ before: _dropped, ...e }, i) => ({ ...e, id: ids[i]! }));
}

/**
 * Whose steps the merged person's stage and dates come from, decided by the step logs
 * (import.ts), not by which copy was edited last: a tag added on a stale copy must not
 * roll a reply back. 'incoming' when the file's log extends this one, 'known' when this
 * one has all of the file's, 'latest' when both took steps the other lacks (the copy that got
 * further: a reply on one copy outranks a check-in sent on the other; else the later
 * lastStepAt), 'edited' (the later updatedAt) when the logs are the same.
 */
export type StateSource = 'incoming' | 'known' | 'latest' | 'edited';

/** Of two diverged copies, the one further along the pipeline; a close, or a tie, goes to the later step. */
function further(a: Person, b: Person): Person {
  const rank = (p: Person) => (p.stage === 'closed' ? -1 : STAGES.indexOf(p.stage));
  if (rank(a) >= 0 && rank(b) >= 0 && rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return b.lastStepAt > a.lastStepAt ? b : a;
}

/**
 * One imported person against the one already here (same canonical URL). The record edited
 * last (updatedAt) wins for profile and draft, the step logs decide the state (StateSource);
 * tags and earlier readings are united; the earliest createdAt is kept. Nothing known is
 * dropped for an older copy.
 */
export function mergeImported(known: Person | undefined, incoming: Person, from: StateSource = 'edited'): { person: Person; status: MergeStatus } {
  if (!known) return { person: incoming, status: 'added' };
  const edited = incoming.updatedAt > known.updatedAt ? incoming : known;
  const stepped = from === 'incoming' ? incoming : from === 'known' ? known : from === 'latest' ? further(known, incoming) : edited;
  const base = withState(edited, stateOf(stepped));
  const readings = [...known.readings, ...incoming.readings]
    .filter((r, i, all) => all.findIndex((o) => o.at === r.at && sameData(o.profile, r.profile)) === i)
    .sort((a, b) => b.at - a.at)
    .slice(0, MAX_READINGS);
  const person: Person = {
    ...base,
    tags: cleanTags([...base.tags, ...known.tags, ...incoming.tags]),
    readings,
    createdAt: Math.min(known.createdAt, incoming.createdAt),
    search: known.search,
  };
  return { person, status: sameData(person, known) ? 'unchanged' : 'updated' };
}
