import { dueNudges, loadNudgePeople, nextDueAt } from '../lib/nudges';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { getDb } from '../lib/shell/db';
import { deleteEverything, exportJson, importData } from '../lib/tracker';
import { historyRows } from '../lib/tracker/history';
import { generate } from './generate';
import { generateMentorships } from './generate-mentorships';

/** Issue 16: 1,000 of the 10,000 people keep a mentorship journal. */
const MENTORSHIPS = 1000;

/**
 * Runs inside the e2e build's bench page, against the extension's real IndexedDB
 * (the same database the dashboard opens).
 */
export function benchApi() {
  let exported = '';
  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  return {
    async seed(count: number, t0: number): Promise<{ people: number; events: number; mentorships: number }> {
      const db = getDb();
      await deleteEverything(db);
      const { people, events, notes } = generate(count, t0);
      // Each person's events and notes are one history record (lib/tracker/history.ts).
      const histories = historyRows(events, notes);
      const journals = generateMentorships(people, Math.min(MENTORSHIPS, count));
      await db.transaction('rw', [db.people, db.history, db.mentorships], async () => {
        await db.people.bulkAdd(people);
        await db.history.bulkAdd(histories);
        await db.mentorships.bulkAdd(journals);
      });
      return { people: await db.people.count(), events: histories.reduce((n, h) => n + h.events.length, 0), mentorships: await db.mentorships.count() };
    },
    exportAll: () => time(async () => (exported = await exportJson(getDb(), { now: Date.now() }))),
    async importIntoEmpty(): Promise<number> {
      await deleteEverything(getDb());
      return time(() => importData(getDb(), exported));
    },
    /** The background's whole job: the IndexedDB query plus the rules. */
    nudges: (now: number, which: 'due' | 'next') =>
      time(async () => {
        const people = await loadNudgePeople(getDb());
        (which === 'due' ? dueNudges : nextDueAt)(people, now, DEFAULT_SETTINGS);
      }),
  };
}
