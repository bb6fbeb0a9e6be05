import { newMentorship } from '../mentorship/edit';
import { MentorshipSchema, type Mentorship } from '../mentorship/schema';
import { summarize } from '../mentorship/summary';
import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { InvalidInput } from './errors';
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
