import { describe, expect, it } from 'vitest';
import { composeAsk, textLength, type ComposeInput } from '../../../lib/compose';
import { greetName } from '../../../lib/compose/people';
import { CHANNELS } from '../../../lib/tracker/schema';
import { filledIn, incomplete } from './checks';
import { fixtureProfiles, ME_EMPTY, ME_FULL, ME_SPARSE, MES, NOW, person, SYNTHETIC } from './profiles';

const PEOPLE = [...fixtureProfiles().map((f) => f.profile), ...SYNTHETIC];
const TZ_LINE = /time zone|hours apart|time difference/;

describe('composeAsk: every person × me × channel × tier × tone', () => {
  const cases = PEOPLE.flatMap((profile) =>
    Object.entries(MES).flatMap(([meName, me]) =>
      CHANNELS.flatMap((channel) =>
        (['free', 'premium'] as const).flatMap((tier) =>
          (['warm', 'direct'] as const).map((tone) => ({ profile, meName, me, channel, tier, tone })),
        ),
      ),
    ),
  );

  it(`is complete, within its limit and built slot by slot (${cases.length} drafts)`, () => {
    for (const c of cases) {
      const input: ComposeInput = { profile: c.profile, me: c.me, channel: c.channel, tier: c.tier, tone: c.tone, now: NOW, myTimeZone: 'Europe/Stockholm' };
      const d = composeAsk(input);
      const where = `${c.profile.slug} ${c.meName} ${c.channel} ${c.tier} ${c.tone}:\n${d.body}`;
      expect(d.length, where).toBe(textLength(d.body));
      expect(d.length, where).toBeLessThanOrEqual(d.limit);
      expect(incomplete(filledIn(d)), where).toEqual([]);
      // greeting with the name, when there is one (ARCHITECTURE.md §2)
      const name = greetName(c.profile);
      if (name) expect(d.body.startsWith(`Hi ${name},`) || d.body.startsWith(`Hello ${name},`) || d.body.startsWith(`Dear ${name},`), where).toBe(true);
      // the low-commitment ask, always whole (ARCHITECTURE.md §2)
      expect(d.body, where).toMatch(/\b20(-minute| minutes| min)\b/);
      if (c.channel !== 'connection-note') expect(d.body, where).toMatch(/(?:virtual coffee chat|\d+-minute call) in the coming weeks/);
      // A note's questions in a bounded call, or "when/if you have 20 minutes" (they're busy; the time is theirs).
      else expect(d.body, where).toMatch(/questions(?: on that)? in a 20-min(?:ute)? call\?|questions(?: on that)? if you have 20 min\?|When you have 20 min(?:utes)?(?: for a call)?, could I ask (?:you )?\d questions(?: on that)?\?/);
      expect(d.body, where).toMatch(/Thank/);
      if (c.channel === 'connection-note') {
        expect(d.subject, where).toBeUndefined();
        expect(d.body, where).not.toMatch(/\n/);
      } else {
        // busy, flexible, two or three questions, who I am (ARCHITECTURE.md §2–2.5)
        expect(d.body, where).toMatch(/busy|time is limited|calendar|many messages/);
        expect(d.body, where).toMatch(/flexible|schedule|calendar|suits you|time zone|hours|working day/);
        const bullets = d.body.split('\n').filter((l) => l.startsWith('- '));
        expect(bullets.length, where).toBeGreaterThanOrEqual(2);
        expect(bullets.length, where).toBeLessThanOrEqual(3);
        if (c.me.name) expect(d.body, where).toContain(`I'm ${c.me.name}`);
        for (const para of d.body.split('\n\n')) {
          const prose = para.split('\n').filter((l) => !l.startsWith('- ')).join(' ');
          expect(prose.split(/(?<=[.!?]["”]?)\s+(?=[A-Z])/).length, where).toBeLessThanOrEqual(3);
        }
      }
      if (c.channel === 'inmail' || c.channel === 'email') {
        expect(d.subject, where).toBeTruthy();
        expect(textLength(d.subject ?? ''), where).toBeLessThanOrEqual(200);
        expect(incomplete(d.subject ?? ''), where).toEqual([]);
      } else {
        expect(d.subject, where).toBeUndefined();
      }
      if (c.tone === 'direct') expect(d.body, where).not.toMatch(/\b(really|very|so much)\b/);
      expect(d.variants.map((v) => v.id), where).not.toContain(d.hook?.id);
      expect(composeAsk(input), 'deterministic').toEqual(d);
    }
  });
});

describe('composeAsk: choices', () => {
  const anna = SYNTHETIC[0]!;
  const base = { profile: anna, me: ME_FULL, channel: 'message' as const, now: NOW };

  it('uses the hook the user picked, and falls back for an unknown id', () => {
    const first = composeAsk(base);
    const other = first.variants[0]!;
    const picked = composeAsk({ ...base, hook: other.id });
    expect(picked.hook?.id).toBe(other.id);
    expect(picked.variants.map((v) => v.id)).toContain(first.hook?.id);
    expect(composeAsk({ ...base, hook: 'post:99' }).hook?.id).toBe(first.hook?.id);
  });
  it("puts the user's own questions in, at most three", () => {
    const d = composeAsk({ ...base, questions: ['How did you pick your first team?', 'What would you change?', 'Why Oslo?', 'A fourth?'] });
    expect(d.body).toContain('- How did you pick your first team?');
    expect(d.body).toContain('- Why Oslo?');
    expect(d.body).not.toContain('A fourth');
  });
  it('keeps a single question of the user\'s own on one line', () => {
    const d = composeAsk({ ...base, questions: ['How did you pick your first team'] });
    // One typed question comes first; the best suggestion for this person joins it.
    expect(d.body).toMatch(/\n- How did you pick your first team\?\n- /);
  });
  it.each([[15, /\b15(-minute| minutes)\b/], [200, /\b60(-minute| minutes)\b/], [Number.NaN, /\b20(-minute| minutes)\b/]])('asks for %s minutes as a bounded number', (minutes, re) => {
    expect(composeAsk({ ...base, minutes }).body).toMatch(re);
  });
  it('acknowledges a different time zone, only when it differs and `now` is known', () => {
    const singapore = SYNTHETIC[2]!;
    expect(composeAsk({ ...base, profile: singapore, myTimeZone: 'Europe/Stockholm' }).body).toMatch(TZ_LINE);
    expect(composeAsk({ ...base, profile: singapore, myTimeZone: 'Asia/Kuala_Lumpur' }).body).not.toMatch(TZ_LINE);
    expect(composeAsk({ ...base, profile: singapore, myTimeZone: 'Europe/Stockholm', now: undefined }).body).not.toMatch(TZ_LINE);
    expect(composeAsk({ ...base, profile: person('nowhere', { firstName: 'Jo', location: 'United States' }), myTimeZone: 'Europe/Stockholm' }).body).not.toMatch(TZ_LINE);
  });
  it('drops the time-zone line first in a tight connection note, keeps it when there is room', () => {
    const p = person('tz-note', { firstName: 'Jo', location: 'Tokyo, Japan' });
    const roomy = composeAsk({ profile: p, me: ME_EMPTY, channel: 'connection-note', tier: 'premium', now: NOW, myTimeZone: 'Europe/Stockholm' });
    expect(roomy.body).toMatch(/time zone/);
    const tight = composeAsk({ profile: SYNTHETIC[0]!, me: ME_FULL, channel: 'connection-note', tier: 'free', now: NOW, myTimeZone: 'Asia/Tokyo' });
    expect(tight.body).not.toMatch(/time zone/);
    expect(tight.body).toMatch(/deploy time|deleting code/);
  });
  it('marks what the user must fill in when the page gives no name and nothing to open with', () => {
    const d = composeAsk({ profile: person('blank'), me: ME_EMPTY, channel: 'message', now: NOW });
    expect(d.hook).toBeNull();
    expect(d.variants).toEqual([]);
    expect(d.blanks).toEqual(['name', 'detail', 'questions']);
    // A starting point, never a nameless "Hello," that looks ready to send: the coach flags the brackets.
    expect(d.body).toMatch(/^Hi \[name\],\n\n\[/);
    expect(d.body.match(/^- \[/gm)).toHaveLength(2);
    expect(incomplete(filledIn(d))).toEqual([]);
    const read = composeAsk({ profile: SYNTHETIC[0]!, me: ME_EMPTY, channel: 'message', now: NOW });
    expect(read.blanks).toEqual([]);
    expect(read.body).not.toMatch(/\[/);
  });
  it('falls back to the headline, its role written as a person writes it, when nothing more specific exists', () => {
    const d = composeAsk({ profile: SYNTHETIC[8]!, me: ME_EMPTY, channel: 'message', now: NOW });
    expect(d.hook?.kind).toBe('headline');
    // Only a title on the page: said once, plainly ("you're a researcher"), never "your work as a researcher" over and over.
    expect(d.body).toMatch(/your work as a researcher/);
    expect(d.body.match(/researcher/g)?.length ?? 0).toBeLessThanOrEqual(3);
  });
  it('leaves the sign-off out when the user has no name, and uses it when they do', () => {
    expect(composeAsk({ ...base, me: ME_EMPTY }).body).not.toMatch(/\n(Best|Kind regards|Best wishes|Warm regards|All the best),/);
    expect(composeAsk(base).body).toMatch(/\n(Best|Kind regards|Best wishes|Warm regards|All the best),\nAda Moreau$/);
  });
});

describe('composeAsk: review fixes, person by person', () => {
  it.each([
    // goals parsed, never pasted (ARCHITECTURE.md §1)
    ["I'd like to become an engineering manager", /working to become an engineering manager\./],
    ['I’d like to become an engineering manager', /working to become an engineering manager\./],
    ['I am hoping to switch careers', /working to switch careers\./],
    ['Transition into UX research', /working to transition into UX research\./],
  ])('me with the goal %j → %s', (shortTermGoal, re) => {
    const d = composeAsk({ profile: person('g', { firstName: 'Jo' }), me: { name: 'Ada', shortTermGoal }, channel: 'message', now: NOW });
    expect(d.body).toMatch(re);
    expect(d.body).not.toMatch(/approach I|to I['’]d|for be |wanted to [A-Z]|towards hoping/);
  });
  it('keeps "who I am" in a free note, shrunk to a few words rather than dropped for filler (ARCHITECTURE.md §3)', () => {
    const notes = PEOPLE.map((profile) => composeAsk({ profile, me: ME_FULL, channel: 'connection-note', now: NOW }).body);
    for (const n of notes) if (/I know your time is limited|I know you're busy|Knowing you're busy/.test(n)) expect(n).toMatch(/I'm Ada/);
    expect(notes.filter((n) => /I'm Ada/.test(n)).length / notes.length).toBeGreaterThanOrEqual(0.75);
    expect(notes.some((n) => /I'm Ada, a backend engineer, (?:working to get|getting) better at presenting data/.test(n))).toBe(true);
  });
  it('drops the third question before cutting the hook, and cuts the hook only when that reaches ~600 (ARCHITECTURE.md §3)', () => {
    for (const profile of PEOPLE) for (const me of [ME_FULL, ME_SPARSE, ME_EMPTY]) {
      const d = composeAsk({ profile, me, channel: 'message', now: NOW });
      const bullets = d.body.split('\n').filter((l) => l.startsWith('- ')).length;
      if (bullets === 3) expect(d.length, d.body).toBeLessThanOrEqual(600);
      if (d.length > 600 && d.hook?.detail) expect(d.body, d.body).toContain(d.hook.detail);
    }
  });
  it('does not repeat "learn from" after a bare opening', () => {
    for (const me of [ME_FULL, ME_SPARSE, ME_EMPTY]) for (const slug of ['blank', 'blank-2', 'blank-3', 'blank-4', 'blank-5']) {
      const d = composeAsk({ profile: person(slug, { firstName: 'Jo' }), me, channel: 'message', now: NOW });
      expect(d.body.match(/learn from/g)?.length ?? 0, d.body).toBeLessThanOrEqual(1);
    }
  });
  it.each([
    // under two hours apart: no time-zone line
    ['Helsinki, Uusimaa, Finland', 'Europe/Stockholm', false],
    ['Kathmandu, Nepal', 'Asia/Kolkata', false],
    // a zone we can't tell is no claim; a city's zone must belong to the stated country or state
    ['Washington, District of Columbia, United States', 'America/Los_Angeles', true],
    ['Cordoba, Veracruz, Mexico', 'America/Argentina/Buenos_Aires', true],
    ['Panama City, Florida', 'Europe/Stockholm', false],
    ['Lima, Peru', 'Europe/Stockholm', true],
  ])('%s seen from %s: time-zone line %s', (location, myTimeZone, line) => {
    const d = composeAsk({ profile: person('tz', { firstName: 'Jo', location }), me: ME_FULL, channel: 'message', now: NOW, myTimeZone });
    expect(TZ_LINE.test(d.body)).toBe(line);
  });
  it('offers flexibility once: with the time-zone line, "make it easy" is only the thanks', () => {
    for (const profile of PEOPLE) {
      const d = composeAsk({ profile, me: ME_FULL, channel: 'message', now: NOW, myTimeZone: 'Pacific/Kiritimati' });
      const para = d.body.split('\n\n').find((p) => TZ_LINE.test(p));
      if (!para) continue;
      expect(para.split(/(?<=[.!?])\s+(?=[A-Z])/), para).toHaveLength(2);
      expect(para, para).toMatch(/ Thank/);
      expect(para, para).not.toMatch(/flexible|whenever|any time that suits|fit around|work around your (?:schedule|calendar)/i);
    }
  });
});

