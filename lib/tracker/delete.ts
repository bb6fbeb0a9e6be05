import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { deletePeople } from './summaries';
import { write } from './tx';

/** Removes the person with their whole history and notes (by id or any link to the profile). */
export async function deletePerson(db: CoffeeChatDb, personId: string): Promise<void> {
  const id = canonicalProfileUrl(personId) ?? personId;
  await write(db, async () => {
    await db.history.delete(id);
    await db.mentorships.delete(id);
    await deletePeople(db, [id]);
  });
}

/**
 * Empties every table (ARCHITECTURE.md §6: the user can delete all of it).
 */
export async function deleteEverything(db: CoffeeChatDb): Promise<void> {
  await write(db, async () => {
    await Promise.all([db.people.clear(), db.history.clear(), db.summaries.clear(), db.mentorships.clear(), db.meta.clear()]);
  });
}
