import { getDb } from '../../lib/shared/tracker-db';
import { getPerson } from '../../lib/tracker';
import { getMentorship } from '../../lib/tracker/mentorship-store';
import type { Mentorship } from '../../lib/mentorship';
import type { Person } from '../../lib/tracker/schema';

export interface PersonRead { p: Person; m: Mentorship | null }

/** One person and their mentorship journal, read together: the person page shows both after one wait. */
export function readPerson(id: string): Promise<PersonRead | null> {
  return Promise.all([getPerson(getDb(), id), getMentorship(getDb(), id)]).then(([p, m]) => (p ? { p, m: m ?? null } : null));
}

const early = new Map<string, PersonRead | null>();

/**
 * Opened straight onto a person (a notification, the popup's link): their record is read while the page's code loads,
 * not after it (bench: "open a mentorship page"). A failed read is left to the page's own query, which reports it.
 */
export function readEarly(id: string): void {
  readPerson(id).then((r) => void early.set(id, r), () => undefined);
}

/** What readEarly found for this person, once: the page's live query takes over from there. */
export function takeEarly(id: string): PersonRead | null | undefined {
  const r = early.get(id);
  early.delete(id);
  return r;
}
