import type { CoffeeChatDb } from '../tracker/db';
import type { NudgePerson } from './types';

/**
 * Everyone a rule could nudge (the summaries' sparse `nudgeFrom` index), as the rules' compact
 * view of them: what the background and the bench pass to planNudges / nextDueAt. With `dueBy`,
 * only those whose earliest nudge has come by then: enough for what is due at that moment.
 * The people left out would get no nudge, so the results are those over everyone. In id order,
 * as the people table lists them, so nudges due at the same moment keep one order.
 */
export async function loadNudgePeople(db: CoffeeChatDb, dueBy?: number): Promise<NudgePerson[]> {
  const index = db.summaries.where('nudgeFrom');
  const rows = await (dueBy === undefined ? index.aboveOrEqual(-Infinity) : index.belowOrEqual(dueBy)).toArray();
  return rows.map((r) => r.nudge!).sort((a, b) => (a.id < b.id ? -1 : 1));
}
