// The mentorship journal's nudges (ARCHITECTURE.md §7) on fixed clocks: each case is checked a moment before it is
// due (not listed; nextDueAt points at it) and at the moment it is due, like rules.test.ts.
import { describe, expect, it } from 'vitest';
import { notifiedKey } from '../../../lib/background/notifications';
import { planNudges } from '../../../lib/nudges';
import type { JournalSummary } from '../../../lib/mentorship';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, T0, person, settings } from './people';

const journal = (over: Partial<JournalSummary> = {}): JournalSummary => ({ startedAt: T0, reviewEveryDays: 90, openDue: [], agendaItems: 0, ...over });
const mentee = (j: JournalSummary, over: Partial<Person> = {}) =>
  person({ stage: 'mentoring', heldAt: T0, lastStepAt: T0, mentorship: { cadenceDays: 30, startedAt: T0, lastContactAt: T0 }, journal: j, ...over });
const london = settings({ timeZone: 'Europe/London' });
const berlin = settings({ timeZone: 'Europe/Berlin' });
// Before each case the thank-you for the first chat was sent, so only the journal's nudges are left.
const thanked = { thankYouAt: T0 + HOUR };
// A slow cadence, for cases about something due later than a month.
const slow = { mentorship: { cadenceDays: 180, startedAt: T0, lastContactAt: T0 } };

type Row = { row: string; p: Person; s?: ReturnType<typeof settings>; kind: string; dueAt: number; reason: RegExp };
const rows: Row[] = [
  { row: 'cadence: a month after the last session recorded in the journal, with the agenda ready',
    p: mentee(journal({ lastSessionAt: T0 + 10 * DAY, openDue: ['2026-12-01'] }), thanked),
    kind: 'cadence', dueAt: T0 + 40 * DAY, reason: /since you last talked; share progress and a new question; the agenda for your next session is ready$/ },
  { row: 'a step due 20 March nudges when 21 March begins in the user zone (London, still winter time)',
    p: mentee(journal({ openDue: ['2026-03-20', '2026-04-10'] }), thanked), s: london,
    kind: 'step-due', dueAt: Date.UTC(2026, 2, 21, 0, 0), reason: /^A step you planned for 20 Mar 2026 is past its date/ },
  { row: 'the same step in Berlin: due at midnight Berlin time',
    p: mentee(journal({ openDue: ['2026-03-20'] }), thanked), s: berlin,
    kind: 'step-due', dueAt: Date.UTC(2026, 2, 20, 23, 0), reason: /past its date/ },
  { row: 'a step due in the past (before the mentorship began) is due at once',
    p: mentee(journal({ openDue: ['2026-02-10'] }), thanked), s: london,
    kind: 'step-due', dueAt: Date.UTC(2026, 1, 11, 0, 0), reason: /10 Feb 2026/ },
  { row: 'the first step dismissed: the next one with a later date',
    p: mentee(journal({ openDue: ['2026-03-20', '2026-04-10'] }), { ...thanked, ...slow, nudges: { snoozed: {}, dismissed: { 'step-due': Date.UTC(2026, 2, 21) } } }), s: london,
    kind: 'step-due', dueAt: Date.UTC(2026, 3, 10, 23, 0), reason: /10 Apr 2026/ },
  { row: 'review 90 days after the start',
    p: mentee(journal(), { ...thanked, mentorship: { cadenceDays: 180, startedAt: T0, lastContactAt: T0 } }), s: london,
    kind: 'review', dueAt: T0 + 90 * DAY - HOUR, reason: /^It's been 90 days since your mentorship began; look back at your goals, celebrate the wins and adjust the plan$/ },
  { row: 'review across the spring change (Berlin): same wall-clock time, one hour fewer',
    p: mentee(journal({ startedAt: Date.UTC(2026, 0, 5, 9, 0) }), { ...thanked, mentorship: { cadenceDays: 180, startedAt: T0, lastContactAt: T0 } }), s: berlin,
    kind: 'review', dueAt: Date.UTC(2026, 3, 5, 8, 0), reason: /90 days since your mentorship began/ },
  { row: 'review across the autumn change (Berlin): one hour more',
    p: mentee(journal({ startedAt: Date.UTC(2026, 8, 1, 8, 0), lastReviewAt: Date.UTC(2026, 8, 1, 8, 0) }), { ...thanked, mentorship: { cadenceDays: 180, startedAt: T0, lastContactAt: Date.UTC(2026, 8, 1) } }), s: berlin,
    kind: 'review', dueAt: Date.UTC(2026, 10, 30, 9, 0), reason: /since your last review/ },
  { row: 'a review every 60 days when the user set it so',
    p: mentee(journal({ reviewEveryDays: 60 }), { ...thanked, mentorship: { cadenceDays: 180, startedAt: T0, lastContactAt: T0 } }), s: settings({ timeZone: 'UTC' }),
    kind: 'review', dueAt: T0 + 60 * DAY, reason: /60 days/ },
];

describe('mentorship nudges on fixed clocks', () => {
  it.each(rows)('$row', ({ p, s = settings({ timeZone: 'UTC' }), kind, dueAt, reason }) => {
    const before = planNudges([p], dueAt - 1, s);
    expect(before.due).toEqual([]);
    expect(before.nextDueAt).toBe(dueAt);
    const at = planNudges([p], dueAt, s).due;
    expect(at).toHaveLength(1);
    expect(at[0]).toMatchObject({ kind, dueAt });
    expect(at[0]!.reason).toMatch(reason);
  });

  it('a step past its date is notified once: the nudge stays about the same moment as days pass', () => {
    const p = mentee(journal({ openDue: ['2026-03-20'] }), thanked);
    const keys = [1, 5, 20].map((d) => planNudges([p], Date.UTC(2026, 2, 20 + d, 12), london).due[0]!).map((n) => notifiedKey(n, p));
    expect(new Set(keys).size).toBe(1);
    // Dismissed, it never comes back: the cadence, then the review show in its place.
    const dismissed = mentee(journal({ openDue: ['2026-03-20'] }), { ...thanked, nudges: { snoozed: {}, dismissed: { 'step-due': Date.UTC(2026, 2, 21) } } });
    expect(planNudges([dismissed], Date.UTC(2026, 3, 5), london).due.map((n) => n.kind)).toEqual(['cadence']);
    expect(planNudges([dismissed], Date.UTC(2026, 5, 1), london).due.map((n) => n.kind)).toEqual(['review']);
  });

  it('one nudge per person: a step past its date, then the review, then the cadence', () => {
    const p = mentee(journal({ openDue: ['2026-03-20'] }), thanked);
    const late = Date.UTC(2026, 5, 10);
    expect(planNudges([p], late, london).due.map((n) => n.kind)).toEqual(['step-due']);
    const noStep = mentee(journal(), thanked);
    expect(planNudges([noStep], late, london).due.map((n) => n.kind)).toEqual(['review']);
  });

  it.each([
    ['the mentorship ended', mentee(journal({ ended: true, openDue: ['2026-03-20'] }), thanked)],
    ['the person is closed', mentee(journal({ openDue: ['2026-03-20'] }), { ...thanked, stage: 'closed', closedAt: T0 })],
    ['no journal: only the cadence', mentee(undefined as unknown as JournalSummary, thanked)],
  ])('no journal nudge when %s', (_n, p) => {
    const kinds = planNudges([p], T0 + 400 * DAY, london).due.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'step-due' || k === 'review')).toEqual([]);
  });
});
