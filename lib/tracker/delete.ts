import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { InvalidInput } from './errors';
import type { HistoryRow } from './history';
import type { MentorshipRow } from './mentorship-tables';
import { NUDGE_INDEX } from './nudge-index';
import type { Person } from './schema';
import { deletePeople, putPeople } from './summaries';
import { mustGet, write } from './tx';

/** How long a deleted person can be put back ("Undo"); after that the bin forgets them. */
export const UNDO_DELETE_MS = 10 * 60_000;
const BIN = 'bin:';

/** A deleted person, whole, in the meta table until undone or out of time. */
interface Binned {
  deletedAt: number;
  person: Person;
  history?: HistoryRow;
  mentorship?: MentorshipRow;
}

/** Forgets deleted people older than UNDO_DELETE_MS (inside a write). */
async function emptyBin(db: CoffeeChatDb, now: number): Promise<void> {
  const old = (await db.meta.where('key').startsWith(BIN).toArray())
    .filter((r) => !(typeof (r.value as Binned | undefined)?.deletedAt === 'number' && (r.value as Binned).deletedAt > now - UNDO_DELETE_MS))
    .map((r) => r.key);
  if (old.length) await db.meta.bulkDelete(old);
}

/**
 * Removes the person with their whole history, notes and journal (by id or any link to the
 * profile), in one transaction; a copy waits in the bin for UNDO_DELETE_MS, so the page can offer "Undo".
 */
export async function deletePerson(db: CoffeeChatDb, personId: string, now = Date.now()): Promise<{ id: string; name: string }> {
  return write(db, async () => {
    const person = await mustGet(db, personId);
    const [history, mentorship] = await Promise.all([db.history.get(person.id), db.mentorships.get(person.id)]);
    const binned: Binned = { deletedAt: now, person, ...(history ? { history } : {}), ...(mentorship ? { mentorship } : {}) };
    await emptyBin(db, now);
    await db.meta.put({ key: BIN + person.id, value: binned });
    await db.history.delete(person.id);
    await db.mentorships.delete(person.id);
    await deletePeople(db, [person.id]);
    return { id: person.id, name: person.name };
  });
}

/** Puts back a person deleted less than UNDO_DELETE_MS ago, as they were; refused in a sentence otherwise. */
export async function restorePerson(db: CoffeeChatDb, personId: string, now = Date.now()): Promise<Person> {
  const id = canonicalProfileUrl(personId) ?? personId;
  return write(db, async () => {
    const row = await db.meta.get(BIN + id);
    const b = row?.value as Binned | undefined;
    if (!b || b.deletedAt <= now - UNDO_DELETE_MS) throw new InvalidInput('This person was deleted too long ago to undo.');
    if (await db.people.get(id)) throw new InvalidInput(`${b.person.name} is in your tracker again (added since the delete), so the deleted copy was not put back.`);
    if (b.history) await db.history.put(b.history);
    if (b.mentorship) await db.mentorships.put(b.mentorship);
    await putPeople(db, [b.person]);
    await db.meta.delete(BIN + id);
    return b.person;
  });
}

/** Forgets what the bin holds past its time: run at each background start. */
export async function forgetOldDeletes(db: CoffeeChatDb, now = Date.now()): Promise<void> {
  await write(db, () => emptyBin(db, now));
}

/**
 * Empties every table (ARCHITECTURE.md §6: the user can delete all of it), the bin included.
 * Keeps only which settings the nudge index is built under (no data of the user's, and still true of
 * an empty table), so what is imported next is indexed as it is written.
 */
export async function deleteEverything(db: CoffeeChatDb): Promise<void> {
  await write(db, async () => {
    const index = await db.meta.get(NUDGE_INDEX);
    await Promise.all([db.people.clear(), db.history.clear(), db.summaries.clear(), db.mentorships.clear(), db.meta.clear()]);
    if (index) await db.meta.put(index);
  });
}
