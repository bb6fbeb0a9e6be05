import type { Mentorship } from './schema';

type Listed = 'goals' | 'steps' | 'sessions' | 'journal' | 'givingBack' | 'reviews';
const LISTS: readonly Listed[] = ['goals', 'steps', 'sessions', 'journal', 'givingBack', 'reviews'];

/** Both lists' items by id; for an id in both, the newer record's copy. Order: the kept list's, then the new ones. */
function byId<T extends { id: string }>(older: readonly T[], newer: readonly T[]): T[] {
  const out = new Map(older.map((x) => [x.id, x]));
  for (const x of newer) out.set(x.id, x);
  return [...out.values()];
}

/**
 * An imported mentorship against the one here (same person): every goal, step, session, entry and
 * review is kept once, by id; the copy edited last (updatedAt) wins for an item both have, for the
 * purpose and the plan for the next session. Importing the same file twice changes nothing.
 */
export function mergeMentorship(known: Mentorship | undefined, incoming: Mentorship): { mentorship: Mentorship; changed: boolean } {
  if (!known) return { mentorship: incoming, changed: true };
  const [older, newer] = incoming.updatedAt > known.updatedAt ? [known, incoming] : [incoming, known];
  const merged: Mentorship = { ...newer, startedAt: Math.min(known.startedAt, incoming.startedAt), setupDone: known.setupDone || incoming.setupDone };
  for (const k of LISTS) (merged as Record<Listed, unknown>)[k] = byId(older[k] as { id: string }[], newer[k] as { id: string }[]);
  merged.sessions.sort((a, b) => a.at - b.at);
  return { mentorship: merged, changed: JSON.stringify(merged) !== JSON.stringify(known) };
}
