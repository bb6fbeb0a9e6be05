import { ReadingSchema, type Reading } from '../linkedin/schema';
import { injectReader, type RawRead } from './find-tab';

export type TabReading =
  | { kind: 'read'; reading: Reading; tabId: number }
  | { kind: 'not-profile'; url: string | null }
  | { kind: 'unreadable'; message: string };

/** Validates what the injected reader returned (find-tab.ts injects it). */
export function checkRead(tab: { id: number; url: string | null }, raw: RawRead): TabReading {
  if (!raw) return { kind: 'not-profile', url: tab.url };
  if (!raw.ok) return { kind: 'unreadable', message: `Coffee Chat could not read this page (${raw.message}).` };
  const parsed = ReadingSchema.safeParse(raw.result);
  if (!parsed.success) return { kind: 'unreadable', message: 'The page answered with something we could not understand.' };
  return { kind: 'read', reading: parsed.data, tabId: tab.id };
}

/** Reads the tab again (LinkedIn still loading a section), checked. */
export async function readTab(tab: { id: number; url: string | null }): Promise<TabReading> {
  return checkRead(tab, await injectReader(tab));
}
