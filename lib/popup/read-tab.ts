import { browser } from 'wxt/browser';
import { ReadingSchema, type Reading } from '../linkedin/schema';
import { isProfileUrl } from '../linkedin';

export type TabReading =
  | { kind: 'read'; reading: Reading; tabId: number }
  | { kind: 'not-profile'; url: string | null }
  | { kind: 'unreadable'; message: string };

/**
 * `popup.html?tab=<id>` targets that tab instead of the active one (the e2e
 * contract of the e2e tests). Otherwise: the active tab of the popup's window.
 */
export async function targetTab(search: string): Promise<{ id: number; url: string | null } | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
}

/**
 * Injects the read-only reader into the tab (activeTab + scripting: nothing runs on
 * LinkedIn until the user opens us) and validates what comes back.
 */
export async function readTab(tab: { id: number; url: string | null }): Promise<TabReading> {
  if (!tab.url || !isProfileUrl(tab.url)) return { kind: 'not-profile', url: tab.url };
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
    const parsed = ReadingSchema.safeParse(result?.result);
    if (!parsed.success) return { kind: 'unreadable', message: 'The page answered with something we could not understand.' };
    return { kind: 'read', reading: parsed.data, tabId: tab.id };
  } catch (err) {
    return { kind: 'unreadable', message: `Coffee Chat could not read this page (${(err as Error).message}).` };
  }
}
