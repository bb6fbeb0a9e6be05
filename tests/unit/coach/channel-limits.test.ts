import { describe, expect, it } from 'vitest';
import * as neutral from '../../../lib/channel-limits';
import * as compose from '../../../lib/compose/limits';

// One table of channel limits: the coach reads lib/channel-limits.ts (so it never imports lib/compose),
// and the composer's limits are that same table, re-exported.
describe('channel limits: one table for the composer and the coach', () => {
  it('are the same table and the same counter', () => {
    expect(compose.CHANNEL_LIMITS).toBe(neutral.CHANNEL_LIMITS);
    expect(compose.textLength).toBe(neutral.textLength);
  });
  it('count code points, so an accent or an emoji counts once', () => {
    expect(neutral.textLength('Joaquín')).toBe(7);
    expect(neutral.textLength('🚀 ok')).toBe(4);
    expect(neutral.codeUnitOffset('🚀 ok', 1)).toBe(2);
  });
});
