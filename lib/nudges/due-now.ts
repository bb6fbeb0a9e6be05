import type { Settings } from '../settings/schema';
import type { CoffeeChatDb } from '../tracker/db';
import { dueNudges } from './engine';
import { loadNudgePeople } from './load';
import { nudgeTitle } from './text';
import type { Nudge, NudgePerson } from './types';

export type DueNow = Nudge & { title: string };

/** "Due now" as the popup and dashboard list it: each due nudge with its title, naming the person in full. */
export function dueWithTitles(people: NudgePerson[], now: number, settings: Settings): DueNow[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return dueNudges(people, now, settings).map((n) => ({ ...n, title: nudgeTitle(n, byId.get(n.personId)!, true) }));
}

/**
 * Every due nudge with its title (the dashboard's "Show all"; the lists' first view reads the index:
 * loadDueSet, indexed.ts). Reads only the people whose earliest nudge has come.
 */
export async function loadDueNow(db: CoffeeChatDb, now: number, settings: Settings): Promise<DueNow[]> {
  return dueWithTitles(await loadNudgePeople(db, now), now, settings);
}
