/**
 * A goal that names the people it is for ("product plans that engineers trust"), written to one of those people: they
 * are asked what would win them over, and that is the reason given (unseen senders: "From where you sit as a scrum
 * master, what should someone writing product plans that engineers trust know?" to a software engineer).
 */
import { describe, expect, it } from 'vitest';
import { audienceOf, roleAmong } from '../../../lib/compose/audience';
import { fixtureAsks, readFixtures, UNSEEN_SENDERS } from './senders';

describe('audienceOf', () => {
  it.each([
    ['write product plans that engineers trust', { thing: 'product plans', people: 'engineers', verb: 'trust' }],
    ['build a design system that our engineers actually adopt', { thing: 'a design system', people: 'engineers', verb: 'adopt' }],
    ['write docs that developers love', { thing: 'docs', people: 'developers', verb: 'love' }],
    ['present forecasts clearly to non-technical stakeholders', null],
    ['build a tool that teams use', null],
    ['change careers into software engineering', null],
    ['make our payment services reliable under heavy load', null],
  ])('%s', (goal, want) => {
    expect(audienceOf(goal)).toEqual(want);
  });
});

describe('written to one of the people the goal is for, over the real fixtures', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  const aimed = cases.filter((c) => UNSEEN_SENDERS.includes(c.s) && audienceOf(c.s.me.shortTermGoal ?? ''));

  it.runIf(FIXTURES.length > 0)('finds their role among those people only where their title says so', () => {
    const roles = new Map(FIXTURES.map((f) => [f.name, roleAmong(f.profile, 'engineers')]));
    expect(roles.get('sdui-2026-self')).toMatch(/engineer/);
    expect(roles.get('public-2024-b')).toBe('a software engineer');
    expect(roles.get('ember-2024-e')).toBe('');
    expect(roles.get('public-2026-a')).toBe('');
  });

  it.runIf(FIXTURES.length > 0)('asks what would win them over, says so as the reason, and gives no poor-fit warning', () => {
    let asked = 0;
    for (const c of aimed.filter((x) => x.channel !== 'connection-note')) {
      if (!roleAmong(c.f.profile, 'engineers')) continue;
      const d = draft(c);
      const where = `${c.f.name} ${c.s.id} ${c.channel}:\n${d.body}`;
      expect(d.fit.level, where).not.toBe('poor');
      expect(d.body, where).not.toMatch(/What from your experience as/);
      if (/what would make you (?:trust|adopt)\b/.test(d.body)) asked++;
    }
    expect(asked).toBeGreaterThan(0);
  });
});
