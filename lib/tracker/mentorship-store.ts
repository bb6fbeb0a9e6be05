import { newMentorship } from '../mentorship/edit';
import { mergeMentorship } from '../mentorship/merge';
import { MentorshipSchema, type Mentorship } from '../mentorship/schema';
import { summarize } from '../mentorship/summary';
import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { ImportError, InvalidInput } from './errors';
import { describeIssues } from './issues';
import type { Person } from './schema';
import { putPeople } from './summaries';
import { mustGet, write } from './tx';

/** The person's mentorship journal, or undefined before one is started. */
export async function getMentorship(db: CoffeeChatDb, personId: string): Promise<Mentorship | undefined> {
  return db.mentorships.get(canonicalProfileUrl(personId) ?? personId);
}

/** The person with their journal summary brought up to date (only the nudges read it). */
const withSummary = (p: Person, m: Mentorship): Person => ({ ...p, journal: summarize(m) });

/**
 * One change to a person's mentorship journal (a pure edit from lib/mentorship/edit.ts), checked
 * against the schema and saved with the person's summary in one transaction. Starts the journal
 * when there is none. Bad input throws InvalidInput with a sentence; nothing is written then.
 */
export async function editMentorship(db: CoffeeChatDb, personId: string, edit: (m: Mentorship) => Mentorship, now: number): Promise<Mentorship> {
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const known = (await db.mentorships.get(p.id)) ?? newMentorship(p.id, p.mentorship?.startedAt ?? now);
    let next: Mentorship;
    try {
      next = edit(known);
    } catch (e) {
      if (e instanceof Error && e.name === 'InvalidInput') throw new InvalidInput(e.message);
      throw e;
    }
    const r = MentorshipSchema.safeParse(next);
    if (!r.success) throw new InvalidInput(`Couldn't save the mentorship journal: ${describeIssues(r.error, '', 2).join(', ')}.`);
    await db.mentorships.put(r.data);
    await putPeople(db, [withSummary(p, r.data)]);
    return r.data;
  });
}

/** Every journal, for the export: ordered by person, as the table keeps them. */
export const exportMentorships = (db: CoffeeChatDb): Promise<Mentorship[]> => db.mentorships.toArray();

/**
 * Checks the file's journals before anything is written. Journal data is the user's own writing, so a
 * journal that can't be read refuses the whole file (ImportError: nothing changes) instead of arriving
 * half. A journal whose person is not in the file is skipped with a reason, like an orphan step.
 */
export function checkMentorships(list: readonly unknown[], people: ReadonlySet<string>): { mentorships: Mentorship[]; skipped: { index: number; reason: string }[] } {
  const mentorships: Mentorship[] = [];
  const skipped: { index: number; reason: string }[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const rec = raw && typeof raw === 'object' && typeof (raw as { personId?: unknown }).personId === 'string'
      ? { ...(raw as object), personId: canonicalProfileUrl((raw as { personId: string }).personId) ?? (raw as { personId: string }).personId }
      : raw;
    const r = MentorshipSchema.safeParse(rec, { reportInput: true });
    if (!r.success) throw new ImportError(describeIssues(r.error, `mentorship journal ${i + 1}: `, 3), "A mentorship journal in this file can't be read, so nothing was imported");
    if (!people.has(r.data.personId)) return void skipped.push({ index: i + 1, reason: `mentorship journal ${i + 1}: its person is not in the file, or was skipped` });
    if (seen.has(r.data.personId)) throw new ImportError([`mentorship journal ${i + 1}: the same person has two journals`], "A mentorship journal in this file can't be read, so nothing was imported");
    seen.add(r.data.personId);
    mentorships.push(r.data);
  });
  return { mentorships, skipped };
}

/**
 * Merges the file's journals into the tracker (inside the import's write): goals, steps, sessions,
 * entries and reviews by id, never duplicated (lib/mentorship/merge.ts), and each person's summary
 * refreshed. Returns how many journals changed.
 */
export async function importMentorships(db: CoffeeChatDb, list: readonly Mentorship[]): Promise<number> {
  if (list.length === 0) return 0;
  const ids = list.map((m) => m.personId);
  const [known, people] = await Promise.all([db.mentorships.bulkGet(ids), db.people.bulkGet(ids)]);
  const changed: Mentorship[] = [];
  const persons: Person[] = [];
  list.forEach((incoming, i) => {
    const { mentorship, changed: did } = mergeMentorship(known[i], incoming);
    if (did) changed.push(mentorship);
    const p = people[i];
    const summary = summarize(mentorship);
    if (p && JSON.stringify(p.journal) !== JSON.stringify(summary)) persons.push({ ...p, journal: summary });
  });
  await db.mentorships.bulkPut(changed);
  await putPeople(db, persons);
  return changed.length;
}
