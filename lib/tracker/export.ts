import type { CoffeeChatDb } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format';
import { exportMentorships } from './mentorship-store';

/**
 * Everything in the tracker as one object (ARCHITECTURE.md §6). Ids of events and notes are local
 * to this browser and left out; order is kept, so undo still takes back the latest step.
 * `settings` is the caller's (the tracker does not own them) and is included when given.
 */
export async function exportData(db: CoffeeChatDb, opts: { now: number; settings?: unknown }): Promise<ExportFile> {
  return db.transaction('r', [db.people, db.history, db.mentorships], async () => {
    const [people, histories, mentorships] = await Promise.all([db.people.toArray(), db.history.toArray(), exportMentorships(db)]);
    // Ids follow the order things were recorded, across people too.
    const byId = <T extends { id?: number }>(a: T, b: T) => a.id! - b.id!;
    const events = histories.flatMap((h) => h.events).sort(byId);
    const notes = histories.flatMap((h) => h.notes).sort(byId);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(opts.now).toISOString(),
      people: people.map(({ search: _derived, ...p }) => p),
      events: events.map(({ id: _local, ...e }) => e),
      notes: notes.map(({ id: _local, ...n }) => n),
      mentorships,
      ...(opts.settings !== undefined ? { settings: opts.settings } : {}),
    };
  });
}

export async function exportJson(db: CoffeeChatDb, opts: { now: number; settings?: unknown }): Promise<string> {
  return JSON.stringify(await exportData(db, opts));
}

/** "coffee-chat-2026-11-22.json": the date the user exported, in UTC. */
export function exportFileName(now: number, ext: 'json' | 'csv' = 'json'): string {
  return `coffee-chat-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}
