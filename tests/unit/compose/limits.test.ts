import { describe, expect, it } from 'vitest';
import { CHANNEL_LIMITS, channelLimit, hasSubject, textLength } from '../../../lib/compose';
import { codeUnitOffset } from '../../../lib/compose/limits';
import { CHANNELS } from '../../../lib/tracker/schema';

describe('channel limits (ARCHITECTURE.md §3, one table)', () => {
  it.each([
    ['connection-note', 'free', 200, undefined],
    ['connection-note', 'premium', 300, undefined],
    ['inmail', 'free', 1900, 200],
    ['inmail', 'premium', 1900, 200],
    ['message', 'free', 8000, undefined],
    ['email', 'premium', 8000, undefined],
  ] as const)('%s on %s: body %i, subject %s', (channel, tier, body, subject) => {
    expect(channelLimit(channel, tier).body).toBe(body);
    expect(channelLimit(channel, tier).subject).toBe(subject);
  });
  it('aims the ask at about 600 characters except in notes', () => {
    expect(channelLimit('message').target).toBe(600);
    expect(channelLimit('email').target).toBe(600);
    expect(channelLimit('connection-note').target).toBe(200);
  });
  it('has a row for every channel and defaults to the free tier', () => {
    for (const c of CHANNELS) expect(CHANNEL_LIMITS[c]).toBeDefined();
    expect(channelLimit('connection-note')).toEqual(channelLimit('connection-note', 'free'));
  });
  it('gives subjects to InMail and email only', () => {
    expect(CHANNELS.filter(hasSubject)).toEqual(['inmail', 'email']);
  });
});

describe('textLength counts code points', () => {
  it.each([
    ['', 0],
    ['Hi Anna', 7],
    ['Joaquín', 7],
    ['Nguyễn Thị Lan', 14],
    ['🚀 launch', 8],
    ['👩🏽‍💻', 4],
    ['e\u0301', 2],
  ])('%j is %i', (s, n) => {
    expect(textLength(s)).toBe(n);
  });
  it('maps a code-point index to a code-unit offset for spans', () => {
    const s = '🚀ab';
    expect(codeUnitOffset(s, 1)).toBe(2);
    expect(s.slice(codeUnitOffset(s, 1))).toBe('ab');
    expect(codeUnitOffset(s, 10)).toBe(4);
  });
});
