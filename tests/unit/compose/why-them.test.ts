/**
 * The user's own "why them" (the popup asks when the fit is poor): it becomes the draft's reason, in their
 * words, tidied; hostile or empty text never reaches the draft.
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { userReason } from '../../../lib/compose/user-reason';
import { readFixtures, SENDERS } from './senders';

describe('userReason', () => {
  it.each([
    ['you moved from nursing into product work', "I'm writing to you because you moved from nursing into product work."],
    ['Because you moved from nursing into product work.', "I'm writing to you because you moved from nursing into product work."],
    ["I'm writing to you because your talk on triage tools was great!", "I'm writing to you because your talk on triage tools was great."],
    ['Your team builds tools for nurses', "I'm writing to you because your team builds tools for nurses."],
    ['Anna Berg said you were the person to ask', "I'm writing to you because Anna Berg said you were the person to ask."],
    ['  ', ''],
    ['...', ''],
    [undefined, ''],
  ])('%j → %j', (why, want) => {
    expect(userReason(why)).toBe(want);
  });

  it('keeps no markup or control characters, and stays short', () => {
    const r = userReason(`<img src=x onerror=alert(1)>\u0000 you ${'really '.repeat(60)}know this`);
    expect(r).not.toMatch(/[<>\u0000]/);
    expect(r.length).toBeLessThanOrEqual(200);
  });
});

describe('a draft with the user\'s reason', () => {
  const fx = readFixtures().find((f) => f.name === 'public-2024-b');
  const nurse = SENDERS.find((s) => s.id === 'no-profile')!;
  it.runIf(!!fx)('says it after who they are, in place of any reason the composer found, on every channel that has room', () => {
    for (const channel of ['message', 'inmail', 'email'] as const) {
      const d = composeAsk({ profile: fx!.profile, me: nurse.me, channel, now: Date.UTC(2026, 2, 10), why: 'your team at Kustbank builds the apps our ward uses' });
      expect(d.body, channel).toMatch(/I'm Priya, [^.]*\. I'm writing to you because your team at Kustbank builds the apps our ward uses\./);
      expect(d.length).toBeLessThanOrEqual(d.limit);
    }
  });

  it.runIf(!!fx)('opens a connection note with it when it fits, and keeps the note within 200 characters either way', () => {
    const short = composeAsk({ profile: fx!.profile, me: nurse.me, channel: 'connection-note', now: Date.UTC(2026, 2, 10), why: 'your team builds the apps our ward uses' });
    expect(short.body).toMatch(/^Hi Sri Kavitha, I'm writing because your team builds the apps our ward uses\. I'm Priya/);
    const long = composeAsk({ profile: fx!.profile, me: nurse.me, channel: 'connection-note', now: Date.UTC(2026, 2, 10), why: 'x '.repeat(10) + 'you restored violins before moving into engineering and then spent ten years teaching' });
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.body).toMatch(/I'm Priya/);
  });
});
