import type { CoffeeChatDb } from '../tracker/db';
import { readPack } from '../tracker/packs';
import type { NudgePerson } from './types';

/**
 * Everyone a rule could nudge (live.ts), as the rules' compact view of them: what the
 * background, the due list and the bench pass to planNudges / dueNudges / nextDueAt.
 * The people left out would get no nudge, so the results are those over everyone. In id
 * order, as the people table lists them, so nudges due at the same moment keep one order.
 */
export async function loadNudgePeople(db: CoffeeChatDb): Promise<NudgePerson[]> {
  return (await readPack(db, 'nudge')).sort((a, b) => (a.id < b.id ? -1 : 1));
}
