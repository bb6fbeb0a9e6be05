import type { CoffeeChatDb } from './db';
import { putPeople } from './summaries';
import { NothingToUndo } from './errors';
import { readHistory, saveHistory } from './history';
import { PersonStateSchema, type OutreachEvent, type Person } from './schema';
import { displayName, withState } from './state';
import { mustGet, write } from './tx';

/** The step undo would take back: the person's most recently recorded event. */
export async function lastEvent(db: CoffeeChatDb, personId: string): Promise<OutreachEvent | undefined> {
  // The log is in the order recorded, so the last is the latest recorded,
  // even when the user back-dated it (a reply marked "yesterday").
  return (await db.history.get(personId))?.events.at(-1);
}

/**
 * Takes back the latest step: restores the state saved in its `before` and deletes it.
 * The draft is not part of the state, so it is handled here: undoing the ask puts its text
 * back as the draft (unless a newer draft exists); undoing the first draft removes it.
 */
export async function undoLast(db: CoffeeChatDb, personId: string): Promise<{ person: Person; undone: OutreachEvent }> {
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const history = await readHistory(db, p.id);
    const ev = history.events.at(-1);
    if (!ev?.id) throw new NothingToUndo(`There is nothing to undo for ${displayName(p)}.`);
    if (!ev.before && history.merged) {
      throw new NothingToUndo(`An import merged ${displayName(p)}'s history with the steps of another copy, so steps from before that import can't be undone.`);
    }
    if (!ev.before) throw new NothingToUndo(`This step was imported without the state before it, so it can't be undone.`);
    // Imports store `before` unchecked (import-validate.ts): it is checked here, where it is used.
    const before = PersonStateSchema.safeParse(ev.before);
    if (!before.success) throw new NothingToUndo(`This step was imported with a state that can't be restored, so it can't be undone.`);
    let next = withState(p, before.data);
    // Only the ask goes back to being the draft: the draft slot holds the ask, never a follow-up.
    if (ev.type === 'sent' && (ev.sentKind ?? 'ask') === 'ask' && !p.draft && ev.channel && ev.text !== undefined) {
      const draft = { channel: ev.channel, body: ev.text, updatedAt: ev.at, ...(ev.subject !== undefined ? { subject: ev.subject } : {}) };
      next = { ...next, draft };
    }
    if (ev.type === 'drafted') {
      const { draft: _removed, ...rest } = next;
      next = rest;
    }
    await putPeople(db, [next]);
    await saveHistory(db, { ...history, events: history.events.slice(0, -1) });
    return { person: next, undone: ev };
  });
}
