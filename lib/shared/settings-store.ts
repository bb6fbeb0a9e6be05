import { parseSettings, SettingsSchema, type Settings } from '../settings/schema';
import { settingsItem } from './storage';

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await settingsItem.setValue(valid);
  return valid;
}

/** Calls back with fresh settings whenever any page changes them. Returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}

let browserZone: string | undefined;

/** The user's zone: their setting, else the browser's. */
export function myTimeZone(s: Settings): string {
  // The browser's zone is asked once per page: each Intl.DateTimeFormat() costs about a
  // millisecond, the popup asks several times before its first draft shows, and the list once per row.
  return s.timeZone || (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
