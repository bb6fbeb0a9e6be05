import { browser } from 'wxt/browser';

/**
 * The one place extension code asks for the time. The e2e build alone reads a
 * test-only offset, so a test can move the clock forward 8 days (issue 6);
 * the shipped builds always return Date.now().
 */
export const CLOCK_OFFSET_KEY = 'e2e:clockOffsetMs';

export async function clockOffset(): Promise<number> {
  if (import.meta.env.MODE !== 'e2e') return 0;
  const got = await browser.storage.local.get(CLOCK_OFFSET_KEY);
  const offset = Number(got[CLOCK_OFFSET_KEY] ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

export async function now(): Promise<number> {
  return Date.now() + (await clockOffset());
}
