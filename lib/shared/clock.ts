import { clockOffsetItem } from './storage';

/**
 * The one place extension code asks for the time. The e2e build alone reads a
 * test-only offset, so a test can move the clock forward 8 days;
 * the shipped builds always return Date.now().
 */
export { CLOCK_OFFSET_KEY } from './storage';

export async function clockOffset(): Promise<number> {
  if (import.meta.env.MODE !== 'e2e') return 0;
  const offset = Number((await clockOffsetItem.getValue()) ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

export async function now(): Promise<number> {
  return Date.now() + (await clockOffset());
}
