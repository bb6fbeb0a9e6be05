import { browser } from 'wxt/browser';
import { parseSettings, SettingsSchema, type Settings } from '../settings/schema';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

/** Calls back with fresh settings whenever any page changes them. Returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) cb(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The user's zone: their setting, else the browser's. */
export function myTimeZone(s: Settings): string {
  return s.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
