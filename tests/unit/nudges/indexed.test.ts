// The summaries' exact nudge index (lib/nudges/timeline.ts, indexed.ts): over random people, settings and
// clocks, the count, the first of "Due now" and the next wake-up read from the index equal what the engine
// says over everyone; a settings change re-indexes, and until then the index declines to answer.
import { describe, expect, it } from 'vitest';
import { countDue, loadDueHead, nextWake } from '../../../lib/nudges/indexed';
import { dueWithTitles } from '../../../lib/nudges/due-now';
import { planNudges } from '../../../lib/nudges';
import { NUDGE_INDEXER } from '../../../lib/nudges/timeline';
import { openDb } from '../../../lib/tracker/db';
import { ensureNudgeIndex } from '../../../lib/tracker/nudge-index';
import { storePeople } from '../tracker/helpers';
import { DAY, HOUR, T0, anyone, person, random, settings } from './people';

const SETTINGS = [
  settings(),
  settings({ nudges: { maxCheckIns: 0 } }),
  settings({ nudges: { maxCheckIns: 3, checkInAfterDays: 1, closeOutAfterDays: 90 } }),
  settings({ nudges: { agendaBeforeHours: 96, thankYouAfterHours: 0, reportBackAfterDays: 7 } }),
  settings({ quietHours: { enabled: true, start: 21, end: 8 }, timeZone: 'Europe/Berlin' }),
];
let n = 0;
const indexedDb = () => openDb(`indexed-${++n}-${Math.random().toString(36).slice(2)}`, { nudgeIndexer: NUDGE_INDEXER });

describe('the exact nudge index', () => {
  it('answers as the engine does over everyone, for every settings and clock', async () => {
    const r = random(29);
    const people = Array.from({ length: 500 }, () => anyone(r));
    const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
    const db = indexedDb();
    for (const s of SETTINGS) {
      await ensureNudgeIndex(db, s);
      await storePeople(db, people); // written through write(), indexed as they are stored
      for (let now = T0 - DAY; now < T0 + 130 * DAY; now += 3 * DAY + 7 * HOUR) {
        const plan = planNudges(byId, now, s);
        expect(await countDue(db, now, s)).toBe(plan.due.length);
        expect(await nextWake(db, now, s)).toBe(plan.nextDueAt);
        const head = await loadDueHead(db, now, s, 5);
        expect(head).toEqual({ count: plan.due.length, first: dueWithTitles(byId, now, s).slice(0, 5) });
      }
    }
  }, 120_000);

  it('declines for settings it was not built under, until they are indexed', async () => {
    const db = indexedDb();
    const people = [person({ stage: 'sent', sentAt: T0, lastStepAt: T0 })];
    await storePeople(db, people);
    expect(await countDue(db, T0 + 8 * DAY, settings())).toBeNull(); // nothing indexed yet
    expect(await ensureNudgeIndex(db, settings())).toBe(true);
    expect(await countDue(db, T0 + 8 * DAY, settings())).toBe(1);
    const later = settings({ nudges: { checkInAfterDays: 10 } });
    expect(await countDue(db, T0 + 8 * DAY, later)).toBeNull();
    expect(await nextWake(db, T0 + 8 * DAY, later)).toBeUndefined();
    expect(await ensureNudgeIndex(db, later)).toBe(true);
    expect(await ensureNudgeIndex(db, later)).toBe(false); // once
    expect(await countDue(db, T0 + 8 * DAY, later)).toBe(0);
    expect(await nextWake(db, T0 + 8 * DAY, later)).toBe(T0 + 10 * DAY);
  });

  it('without an indexer (as in the tracker tests) never answers', async () => {
    const db = openDb(`plain-${Math.random()}`);
    expect(await ensureNudgeIndex(db, settings())).toBe(false);
    expect(await countDue(db, T0, settings())).toBeNull();
  });
});

describe('every write path keeps the index', () => {
  it('an import into an emptied database is indexed as it is written', async () => {
    const { exportJson, importData, deleteEverything } = await import('../../../lib/tracker');
    const r = random(31);
    const people = Array.from({ length: 120 }, () => anyone(r));
    const db = indexedDb();
    await ensureNudgeIndex(db, settings());
    await storePeople(db, people);
    const file = await exportJson(db, { now: T0 });
    await deleteEverything(db);
    expect(await countDue(db, T0 + 60 * DAY, settings())).toBe(0); // still indexed, for an empty table
    await importData(db, file, { without: true }); // random states: some are impossible, and left out
    const stored = await db.people.toArray(); // in id order
    expect(stored.length).toBeGreaterThan(50);
    let seen = 0;
    for (const now of [T0 + 10 * DAY, T0 + 60 * DAY, T0 + 120 * DAY]) {
      const plan = planNudges(stored, now, settings());
      seen += plan.due.length;
      expect(await countDue(db, now, settings())).toBe(plan.due.length);
      expect(await nextWake(db, now, settings())).toBe(plan.nextDueAt);
    }
    expect(seen).toBeGreaterThan(0);
  });
});
