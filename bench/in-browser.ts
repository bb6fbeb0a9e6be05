import type { Table } from 'dexie';
import { loadDueNow, loadPlan } from '../lib/nudges';
import { countDue, loadDueSet, nextWake } from '../lib/nudges/indexed';
import { DEFAULT_SETTINGS as DEFAULTS } from '../lib/settings/schema';
import { ensureNudgeIndex } from '../lib/tracker/nudge-index';
import { getDb } from '../lib/shared/tracker-db';
import { deleteEverything, exportJson, importData } from '../lib/tracker';
import { historyRows } from '../lib/tracker/history';
import { putPeople } from '../lib/tracker/summaries';
import { write } from '../lib/tracker/tx';
import { generate } from './generate';
import { generateMentorships } from './generate-mentorships';

/** Issue 16: 1,000 of the 10,000 people keep a mentorship journal. */
const MENTORSHIPS = 1000;

/**
 * Runs inside the bench build's bench page, against the extension's real IndexedDB
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
    /** `mentorships`: how many of the people keep a journal (issue 14's own scale has none). */
    async seed(count: number, t0: number, mentorships = MENTORSHIPS): Promise<{ people: number; events: number; mentorships: number }> {
      const db = getDb();
      await deleteEverything(db);
      const { people, events, notes } = generate(count, t0);
      // Each person's events and notes are one history record (lib/tracker/history.ts).
      const histories = historyRows(events, notes);
      // Sets each person's journal summary, so before the people are stored with their summaries.
      const journals = generateMentorships(people, Math.min(mentorships, count));
      await write(db, async () => {
        await putPeople(db, people);
        await db.history.bulkAdd(histories);
        await db.mentorships.bulkAdd(journals);
      });
      // As the background's first refresh does: the nudge index under the user's (here the default) settings.
      await ensureNudgeIndex(db, DEFAULTS);
      return { people: await db.people.count(), events: histories.reduce((n, h) => n + h.events.length, 0), mentorships: await db.mentorships.count() };
    },
    exportAll: () => time(async () => (exported = await exportJson(getDb(), { now: Date.now() }))),
    async importIntoEmpty(): Promise<number> {
      await deleteEverything(getDb());
      return time(() => importData(getDb(), exported));
    },
    /**
     * The IndexedDB query plus the rules: what "Due now" reads (due: the count and the oldest 50, lib/nudges/indexed.ts),
     * the badge count and the next wake-up (next), and the background's whole plan, which still reads every due
     * person for its notifications (plan).
     */
    nudges: (now: number, which: 'due' | 'next' | 'plan' | 'all') =>
      time(async () => {
        const db = getDb();
        if (which === 'plan') return loadPlan(db, now, DEFAULTS);
        if (which === 'all') return loadDueNow(db, now, DEFAULTS);
        if (which === 'next') return Promise.all([countDue(db, now, DEFAULTS), nextWake(db, now, DEFAULTS)]);
        return loadDueSet(db, now, DEFAULTS);
      }),
    /** Re-indexing after a settings change that moves nearly everyone's moments: quiet hours turned on (then off again). */
    reindex: async () => {
      const db = getDb();
      const ms = await time(() => ensureNudgeIndex(db, { ...DEFAULTS, quietHours: { enabled: true, start: 21, end: 8 } }));
      await ensureNudgeIndex(db, DEFAULTS);
      return ms;
    },
    /** Floors, each the least IndexedDB work for the same data, measured beside the rows they divide. */
      /** The list's first page straight from Dexie: 50 ids by the last-step index, then those people. */
      floorFirstPage: () => time(async () => {
        const db = getDb();
        await db.people.bulkGet(await db.summaries.orderBy('lastStepAt').reverse().limit(50).primaryKeys());
      }),
      /** Export: every record it writes (people, their histories, the mentorships) read and stringified, nothing else. */
      floorExport: () => time(async () => {
        const db = getDb();
        JSON.stringify(await Promise.all([db.people.toArray(), db.history.toArray(), db.mentorships.toArray()]));
      }),
      /** Import: the same records (mentorships too) written back with bulkPut into emptied tables. */
      floorImport: async () => {
        const db = getDb();
        const [people, history, summaries, mentorships] = await Promise.all([db.people.toArray(), db.history.toArray(), db.summaries.toArray(), db.mentorships.toArray()]);
        await deleteEverything(db);
        const tables = [db.people, db.history, db.summaries, db.mentorships];
        const ms = await time(() => db.transaction('rw', tables, () => Promise.all([db.people.bulkPut(people), db.history.bulkPut(history), db.summaries.bulkPut(summaries), db.mentorships.bulkPut(mentorships)])));
        return ms;
      },
      /**
       * The import's floor split by table (`npm run bench -- import`): each table's records alone, bulkPut back into it
       * emptied, in a transaction of its own; the database ends as it began.
       */
      floorImportTables: async (): Promise<Record<string, number>> => {
        const db = getDb();
        const out: Record<string, number> = {};
        for (const table of [db.people, db.history, db.summaries] as Table[]) {
          const rows = await table.toArray();
          await table.clear();
          out[table.name] = await time(() => db.transaction('rw', table, () => table.bulkPut(rows)));
        }
        return out;
      },
      /** Nudges: a raw scan of the summaries table. */
      floorScan: () => time(() => getDb().summaries.toArray()),
  };
}
