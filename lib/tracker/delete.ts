import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { write } from './tx';

/** Removes the person with their whole history and notes (by id or any link to the profile). */
export async function deletePerson(db: CoffeeChatDb, personId: string): Promise<void> {
  const id = canonicalProfileUrl(personId) ?? personId;
  await write(db, async () => {
    await db.events.where('personId').equals(id).delete();
    await db.notes.where('personId').equals(id).delete();
    await db.people.delete(id);
  });
}

/** Empties every table (ASK.md §6: the user can delete all of it). The write revision survives, so caches reload. */
export async function deleteEverything(db: CoffeeChatDb): Promise<void> {
  await write(db, async () => {
    await Promise.all([db.people.clear(), db.events.clear(), db.notes.clear()]);
    await db.meta.where('key').notEqual('rev').delete();
  });
}
