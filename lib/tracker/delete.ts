import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { KEPT_META } from './packs';
import { write } from './tx';

/** Removes the person with their whole history and notes (by id or any link to the profile). */
export async function deletePerson(db: CoffeeChatDb, personId: string): Promise<void> {
  const id = canonicalProfileUrl(personId) ?? personId;
  await write(db, async () => {
    await db.history.delete(id);
    await db.mentorships.delete(id);
    await db.people.delete(id);
  });
}

/**
 * Empties every table (ASK.md §6: the user can delete all of it). The write revision survives,
 * so caches reload, and so does the packs' version: clearing people empties the packs with them.
 */
export async function deleteEverything(db: CoffeeChatDb): Promise<void> {
  await write(db, async () => {
    await Promise.all([db.people.clear(), db.history.clear(), db.mentorships.clear()]);
    await db.meta.where('key').noneOf(['rev', ...KEPT_META]).delete();
  });
}
