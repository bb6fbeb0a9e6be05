import type { Settings } from '../settings/schema';
import type { CoffeeChatDb } from '../tracker/db';
import { nextDueAt, planNudges, type NudgePlan } from './engine';
import type { NudgePerson } from './types';

/**
 * Everyone a rule could nudge (the summaries' sparse `nudgeFrom` index), as the rules' compact
 * view of them. With `dueBy`, only those whose earliest nudge has come by then: enough for what is
 * due at that moment. The people left out would get no nudge, so the due list is the one over
 * everyone. In id order, as the people table lists them, so nudges due at the same moment keep one order.
 */
export async function loadNudgePeople(db: CoffeeChatDb, dueBy?: number): Promise<NudgePerson[]> {
  const index = db.summaries.where('nudgeFrom');
  const rows = await (dueBy === undefined ? index.aboveOrEqual(-Infinity) : index.belowOrEqual(dueBy)).toArray();
  return rows.map((r) => r.nudge!).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Rows read at a time while looking for the next due moment; it is nearly always among the first. */
const BATCH = 8;

/**
 * The background's plan (planNudges over everyone), reading only the people whose earliest nudge
 * has come, plus the few next in `nudgeFrom` order: Chromium's IndexedDB costs per record, so
 * reading all who may ever nudge cost as much as the rules. Exact, because every moment a person
 * adds to nextDueAt (a due time, a snooze's end, the end of quiet hours, an expiry) is at or after
 * their nudgeFrom, and min over people is the same whichever order they are taken in: once a row's
 * nudgeFrom is at or after the best moment found, no later row can come sooner.
 * `people` are those read (what the due list names).
 */
export async function loadPlan(db: CoffeeChatDb, now: number, settings: Settings): Promise<NudgePlan & { people: NudgePerson[] }> {
  const people = await loadNudgePeople(db, now);
  const plan = planNudges(people, now, settings);
  let best = plan.nextDueAt ?? Infinity;
  for (let offset = 0; ; offset += BATCH) {
    const rows = await db.summaries.where('nudgeFrom').above(now).offset(offset).limit(BATCH).toArray();
    for (const r of rows) {
      if (r.nudgeFrom! >= best) return { ...plan, nextDueAt: best === Infinity ? null : best, people };
      best = Math.min(best, nextDueAt([r.nudge!], now, settings) ?? Infinity);
    }
    if (rows.length < BATCH) return { ...plan, nextDueAt: best === Infinity ? null : best, people };
  }
}
