import { describe, expect, it } from 'vitest';
import * as neutral from '../../../lib/channel-limits';
import * as compose from '../../../lib/compose/limits';

// The coach reads limits from lib/channel-limits.ts so it never imports lib/compose; until
// lib/compose/limits.ts re-exports that module, the two tables must say the same thing.
describe('channel limits: one table for the composer and the coach', () => {
  it('agree on every channel and tier', () => {
    expect(neutral.CHANNEL_LIMITS).toEqual(compose.CHANNEL_LIMITS);
  });
  it('count alike', () => {
    for (const s of ['', 'Joaquín', '🚀 ok', 'a\u0301']) {
      expect(neutral.textLength(s)).toBe(compose.textLength(s));
      for (let i = 0; i <= neutral.textLength(s); i++) expect(neutral.codeUnitOffset(s, i)).toBe(compose.codeUnitOffset(s, i));
    }
  });
});
