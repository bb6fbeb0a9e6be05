import { browser } from '@wxt-dev/browser';
import { isProfileUrl } from '../linkedin/url';

/**
 * The first, raw half of reading a tab: which tab, and what the injected reader returned.
 * Run by popup-start.js before the popup's bundle has loaded (entrypoints/popup-start.ts), so
 * it imports neither zod nor the polyfill: read-tab.ts validates what comes back.
 * The extension APIs used here return promises in Chrome MV3 and Firefox alike.
 */
export type Target = { id: number; url: string | null } | null;

/**
 * `popup.html?tab=<id>` targets that tab instead of the active one (the e2e
 * contract of the e2e tests). Otherwise: the active tab of the popup's window.
 */
export async function targetTab(search: string): Promise<Target> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) {
    const tab = await browser.tabs.get(param).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url ?? null } : null;
}

/** What the reader answered, unchecked; `null` when the tab is not a profile (nothing is injected). */
export type RawRead = { ok: true; result: unknown } | { ok: false; message: string } | null;

/**
 * Injects the read-only reader into the tab (activeTab + scripting: nothing runs on
 * LinkedIn until the user opens us), only on a profile.
 */
export async function injectReader(tab: { id: number; url: string | null }): Promise<RawRead> {
  if (!tab.url || !isProfileUrl(tab.url)) return null;
  try {
    const [answer] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/reader.js'] });
    return { ok: true, result: answer?.result };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** What popup-start.js began, handed to the popup's bundle through the page's global scope. */
export interface EarlyRead {
  search: string;
  tab: Promise<Target>;
  raw: Promise<RawRead>;
}

const KEY = '__coffeeChatEarlyRead';

export function startEarlyRead(search: string): EarlyRead {
  const tab = targetTab(search);
  const early = { search, tab, raw: tab.then((t) => (t ? injectReader(t) : null)) };
  (globalThis as Record<string, unknown>)[KEY] = early;
  return early;
}

/** The read popup-start.js began for this page, taken once (a retry reads afresh). */
export function takeEarlyRead(search: string): EarlyRead | null {
  const g = globalThis as Record<string, unknown>;
  const early = g[KEY] as EarlyRead | undefined;
  delete g[KEY];
  return early && early.search === search ? early : null;
}
