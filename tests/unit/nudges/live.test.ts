// Which people the background reads (mayNudge, loadNudgePeople): leaving someone out must never lose a nudge;
// and, over the same random people, that the due list holds still until nextDueAt, when the background wakes.
import { describe, expect, it } from 'vitest';
import { loadNudgePeople, loadPlan, mayNudge, planNudges, RULES } from '../../../lib/nudges';
import type { Person } from '../../../lib/tracker/schema';
import { freshDb, storePeople } from '../tracker/helpers';
import { DAY, HOUR, T0, anyone, person, random, settings } from './people';

const SETTINGS = [
  settings(),
  settings({ nudges: { maxCheckIns: 0 } }),
  settings({ nudges: { maxCheckIns: 3, checkInAfterDays: 1, closeOutAfterDays: 90 } }),
  settings({ nudges: { agendaBeforeHours: 96, thankYouAfterHours: 0, reportBackAfterDays: 7 } }),
  settings({ nudges: { agendaBeforeHours: 1, thankYouAfterHours: 24, reportBackAfterDays: 365 } }),
  settings({ quietHours: { enabled: true, start: 21, end: 8 }, timeZone: 'Europe/Berlin' }),
];

describe('mayNudge', () => {
  const r = random(7);
  const people = Array.from({ length: 4000 }, () => anyone(r));

  it('says no only for people no rule nudges, under any settings', () => {
    for (const p of people.filter((x) => !mayNudge(x))) {
      for (const s of SETTINGS) expect(RULES.map((rule) => rule(p, s))).toEqual(RULES.map(() => null));
    }
  });
  it('keeps a booked chat whose agenda already went: "did your chat happen?" still comes', () => {
    const p = person({ stage: 'scheduled', lastStepAt: T0, agendaSentAt: T0 + DAY, chat: { at: T0 + 2 * DAY, minutes: 30, timeZone: 'UTC' } });
    expect(mayNudge(p)).toBe(true);
    expect(planNudges([p], T0 + 3 * DAY, settings()).due.map((n) => n.kind)).toEqual(['chat-happened']);
  });
  it('leaves out a good share of people (the point of it)', () => {
    const out = people.filter((p) => !mayNudge(p)).length;
    expect(out).toBeGreaterThan(people.length / 3);
    expect(out).toBeLessThan(people.length);
  });
});

describe('loadNudgePeople', () => {
  it('plans exactly what the rules plan over everyone, from the stored compact rows', async () => {
    const r = random(11);
    const people = Array.from({ length: 600 }, () => anyone(r));
    const db = freshDb();
    await storePeople(db, people);
    const stored = await loadNudgePeople(db);
    const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : 1)); // the order the table lists them
    expect(stored.length).toBeLessThan(people.length);
    for (const s of SETTINGS) {
      for (const now of [T0, T0 + 20 * DAY, T0 + 45 * DAY + 22 * HOUR, T0 + 200 * DAY]) {
        expect(planNudges(stored, now, s)).toEqual(planNudges(byId, now, s));
      }
    }
  });
});

describe('loadPlan', () => {
  it('plans what the rules plan over everyone, reading only who is due and the next few', async () => {
    const r = random(13);
    const people = Array.from({ length: 600 }, () => anyone(r));
    const db = freshDb();
    await storePeople(db, people);
    const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const s of SETTINGS) {
      for (const now of [T0 - DAY, T0, T0 + 20 * DAY + 5 * HOUR, T0 + 45 * DAY + 22 * HOUR, T0 + 89 * DAY, T0 + 200 * DAY]) {
        const { due, nextDueAt, people: read } = await loadPlan(db, now, s);
        expect({ due, nextDueAt }).toEqual(planNudges(byId, now, s));
        expect(read.length).toBeLessThanOrEqual(people.length);
      }
    }
  });
});

// The background sleeps until nextDueAt (lib/background/refresh.ts): if what is due changed any
// earlier, the badge and notifications would be wrong until something else woke it.
describe('nothing due changes before nextDueAt', () => {
  const r = random(23);
  const people = Array.from({ length: 1500 }, () => anyone(r));
  const shown = (p: Person, now: number, s: (typeof SETTINGS)[number]) => planNudges([p], now, s).due.map((n) => n.kind);
  it('for any state, settings and moment', () => {
    for (const p of people) {
      for (const s of SETTINGS) {
        for (const now of [T0 + 3 * DAY + 5 * HOUR, T0 + 30 * DAY + 22 * HOUR, T0 + 61 * DAY + 2 * HOUR]) {
          const { nextDueAt } = planNudges([p], now, s);
          const until = nextDueAt ?? now + 400 * DAY;
          const now0 = shown(p, now, s);
          for (const t of [now + (until - now) / 2, until - 1].map(Math.floor)) expect([p.id, t, shown(p, t, s)]).toEqual([p.id, t, now0]);
        }
      }
    }
  });
});
