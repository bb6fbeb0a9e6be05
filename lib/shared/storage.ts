import { storage } from 'wxt/utils/storage';

/**
 * Every key Coffee Chat keeps in extension storage, declared once (WXT's storage.defineItem).
 * Items that hold data are versioned, so a later shape comes with a migration beside it.
 * "Delete everything" removes what SCRATCH lists; tests/unit/storage.test.ts lists every key.
 */

/** The user's settings (lib/settings/schema.ts parses whatever is stored). */
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

/** Test builds only: how far the e2e tests moved the clock (lib/shared/clock.ts). */
export const CLOCK_OFFSET_KEY = 'e2e:clockOffsetMs';
export const clockOffsetItem = storage.defineItem<number>(`local:${CLOCK_OFFSET_KEY}`, { fallback: 0 });

/** The nudges already notified, by notifiedKey (lib/background/notifications.ts), so none is notified twice. */
export const notifiedNudgesItem = storage.defineItem<unknown>('local:notified-nudges', { version: 1 });

/** The nudges the summary notification spoke of: it goes once none of them is due. */
export const notifiedSummaryItem = storage.defineItem<unknown>('local:notified-summary', { version: 1 });

/** The popup's scratch copy of a draft, one key per profile (working-drafts.ts). */
export const WORKING_DRAFT_PREFIX = 'working-draft:';
export const workingDraftItem = (profileUrl: string) =>
  storage.defineItem<unknown>(`local:${WORKING_DRAFT_PREFIX}${profileUrl}`, { version: 1 });

/** Keys named once above that "Delete everything" removes: all but the settings and the test clock. */
export const SCRATCH = [notifiedNudgesItem, notifiedSummaryItem];

/** "Delete everything" means everything: scratch drafts and the background's notification memory too. */
export async function clearAllScratch(): Promise<void> {
  const drafts = Object.keys(await storage.snapshot('local')).filter((k) => k.startsWith(WORKING_DRAFT_PREFIX));
  await storage.removeItems([
    ...SCRATCH.map((item) => ({ item, options: { removeMeta: true } })),
    ...drafts.map((k) => ({ item: workingDraftItem(k.slice(WORKING_DRAFT_PREFIX.length)), options: { removeMeta: true } })),
  ]);
}
