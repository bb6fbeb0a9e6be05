// The engine around the rules: snooze, dismissal, one nudge per person, closed people, nextDueAt.
import { describe, expect, it } from 'vitest';
import { dueNudges, nextDueAt, NUDGE_PRIORITY, planNudges } from '../../../lib/nudges';
import { DAY, HOUR, MIN, T0, person, settings } from './people';

const s = settings();
const asked = (extra = {}) => person({ stage: 'sent', sentAt: T0, lastStepAt: T0, ...extra });

describe('snooze (person.nudges.snoozed[kind] = until)', () => {
  const p = asked({ nudges: { snoozed: { 'check-in': T0 + 9 * DAY }, dismissed: {} } });
  it('hides the nudge until its time and nextDueAt points at the expiry', () => {
    expect(dueNudges([p], T0 + 8 * DAY, s)).toEqual([]);
    expect(nextDueAt([p], T0 + 8 * DAY, s)).toBe(T0 + 9 * DAY);
  });
  it('brings it back at its time, dated from the snooze', () => {
    expect(dueNudges([p], T0 + 9 * DAY, s)).toMatchObject([{ kind: 'check-in', dueAt: T0 + 9 * DAY }]);
  });
  it('an old snooze that ended before the due time changes nothing', () => {
    const old = asked({ nudges: { snoozed: { 'check-in': T0 + DAY }, dismissed: {} } });
    expect(dueNudges([old], T0 + 7 * DAY, s)).toMatchObject([{ kind: 'check-in', dueAt: T0 + 7 * DAY }]);
  });
  it('snoozing one kind does not hide another that is due', () => {
    const mentee = person({
      stage: 'mentoring', heldAt: T0, lastStepAt: T0,
      mentorship: { cadenceDays: 30, startedAt: T0, lastContactAt: T0 },
      nudges: { snoozed: { 'thank-you': T0 + 60 * DAY }, dismissed: {} },
    });
    expect(dueNudges([mentee], T0 + 31 * DAY, s)).toMatchObject([{ kind: 'cadence' }]);
    expect(dueNudges([mentee], T0 + 60 * DAY, s)).toMatchObject([{ kind: 'thank-you' }]);
  });
});

describe('dismissal (person.nudges.dismissed[kind] = lastStepAt when dismissed)', () => {
  it('stays gone however long we wait, and nextDueAt does not wake for it', () => {
    const p = asked({ nudges: { snoozed: {}, dismissed: { 'check-in': T0 } } });
    expect(dueNudges([p], T0 + 20 * DAY, s)).toEqual([]);
    // Only the close-out comes, when it would have after a check-in the user chose not to send.
    expect(nextDueAt([p], T0, s)).toBe(T0 + 21 * DAY);
    expect(dueNudges([p], T0 + 100 * DAY, s).map((n) => n.kind)).toEqual(['close-out']);
    const both = asked({ nudges: { snoozed: {}, dismissed: { 'check-in': T0, 'close-out': T0 } } });
    expect(dueNudges([both], T0 + 100 * DAY, s)).toEqual([]);
    expect(nextDueAt([both], T0, s)).toBeNull();
  });
  it('comes back after the next step changes lastStepAt', () => {
    const two = settings({ nudges: { maxCheckIns: 2 } });
    const first = T0 + 7 * DAY;
    const p = asked({ checkInsSent: 1, lastCheckInAt: first, lastStepAt: first, nudges: { snoozed: {}, dismissed: { 'check-in': T0 } } });
    expect(dueNudges([p], first + 7 * DAY, two)).toMatchObject([{ kind: 'check-in', dueAt: first + 7 * DAY }]);
  });
  it('a dismissed thank-you returns for the next held chat', () => {
    const base = { stage: 'mentoring' as const, mentorship: { cadenceDays: 30, startedAt: T0, lastContactAt: T0 } };
    const dismissed = { snoozed: {}, dismissed: { 'thank-you': T0 } };
    expect(dueNudges([person({ ...base, heldAt: T0, lastStepAt: T0, nudges: dismissed })], T0 + DAY, s)).toEqual([]);
    const later = person({ ...base, heldAt: T0 + 20 * DAY, lastStepAt: T0 + 20 * DAY, nudges: dismissed });
    expect(dueNudges([later], T0 + 21 * DAY, s)).toMatchObject([{ kind: 'thank-you' }]);
  });
});

describe('two nudges due for one person: only the most relevant shows', () => {
  it('puts the time-boxed ones first', () => {
    expect(NUDGE_PRIORITY).toEqual(['agenda', 'chat-happened', 'thank-you', 'send-ask', 'close-out', 'check-in', 'report-back', 'step-due', 'review', 'cadence']);
  });
  it('an overdue thank-you wins over the cadence nudge in a mentorship', () => {
    const p = person({
      stage: 'mentoring', heldAt: T0, lastStepAt: T0, mentorship: { cadenceDays: 30, startedAt: T0, lastContactAt: T0 },
    });
    const due = dueNudges([p], T0 + 40 * DAY, s);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ kind: 'thank-you', personId: p.id });
  });
});

describe('the due list', () => {
  it('lists one nudge per person, oldest first', () => {
    const a = asked({ sentAt: T0 + DAY });
    const b = asked();
    const c = person({ stage: 'invited', acceptedAt: T0 + 3 * DAY });
    const due = dueNudges([a, b, c], T0 + 30 * DAY, s);
    expect(due.map((n) => [n.personId, n.kind, n.dueAt])).toEqual([
      [c.id, 'send-ask', T0 + 3 * DAY],
      [b.id, 'check-in', T0 + 7 * DAY],
      [a.id, 'check-in', T0 + 8 * DAY],
    ]);
  });
  it('a check-in due but never acted on stays listed (no expiry) until the close-out replaces it', () => {
    const p = asked({ checkInsSent: 0 });
    expect(dueNudges([p], T0 + 20 * DAY, s)).toMatchObject([{ kind: 'check-in', dueAt: T0 + 7 * DAY }]);
  });
});

describe('nextDueAt', () => {
  const people = [
    asked(), // check-in at T0 + 7d
    person({ stage: 'scheduled', lastStepAt: T0, chat: { at: T0 + 3 * DAY, minutes: 20, timeZone: 'UTC' } }), // agenda at T0 + 2d
    asked({ sentAt: T0 - 30 * DAY, nudges: { snoozed: { 'check-in': T0 + DAY }, dismissed: {} } }), // overdue, snoozed to T0 + 1d
  ];
  it('is the earliest future moment, snooze expiries and the due agenda\'s expiry included', () => {
    expect(nextDueAt(people, T0, s)).toBe(T0 + DAY);
    expect(nextDueAt(people, T0 + DAY, s)).toBe(T0 + 2 * DAY);
    expect(nextDueAt(people, T0 + 2 * DAY, s)).toBe(T0 + 3 * DAY); // the chat starts: the agenda leaves the list
    // Then "did it happen?", a few hours after its end (20 min + 3 h).
    expect(nextDueAt(people, T0 + 3 * DAY, s)).toBe(T0 + 3 * DAY + 20 * MIN + 3 * HOUR);
    expect(nextDueAt(people, T0 + 3 * DAY + 4 * HOUR, s)).toBe(T0 + 7 * DAY);
  });
  it('never returns a past moment, whatever is overdue', () => {
    for (let now = T0 - 40 * DAY; now < T0 + 80 * DAY; now += 7 * HOUR) {
      const next = nextDueAt(people, now, s);
      if (next !== null) expect(next).toBeGreaterThan(now);
    }
  });
  it('is null when nothing will ever come due', () => {
    expect(nextDueAt([person({ stage: 'replied', sentAt: T0, repliedAt: T0 })], T0, s)).toBeNull();
    expect(nextDueAt([], T0, s)).toBeNull();
  });
  it('agrees with dueNudges: at nextDueAt something new is due', () => {
    const next = nextDueAt(people, T0, s)!;
    expect(dueNudges(people, next - 1, s).length).toBeLessThan(dueNudges(people, next, s).length);
  });
  it('planNudges returns both in one pass', () => {
    expect(planNudges(people, T0, s)).toEqual({ due: dueNudges(people, T0, s), nextDueAt: nextDueAt(people, T0, s) });
  });
});

// An agenda already due must wake the background again when the chat starts, or its badge and
// notification outlive it (review: chat at T+2d, now T+1.5d gave nextDueAt null).
describe('nextDueAt wakes for the expiry of a nudge already shown', () => {
  const chatAt = T0 + 2 * DAY;
  const booked = person({ stage: 'scheduled', lastStepAt: T0, chat: { at: chatAt, minutes: 20, timeZone: 'UTC' } });
  const quiet = settings({ timeZone: 'Europe/London', quietHours: { enabled: true, start: 21, end: 8 } });
  const eveningChat = Date.UTC(2026, 1, 10, 23, 0); // Tue 10 Feb 23:00 GMT, inside quiet hours
  const lateBooking = person({ stage: 'scheduled', lastStepAt: Date.UTC(2026, 1, 10, 12, 0), chat: { at: eveningChat, minutes: 20, timeZone: 'UTC' } });
  const cases: { row: string; p: typeof booked; now: number; s: typeof s; due: string[]; next: number | null }[] = [
    { row: 'agenda due a day ahead: wake at the chat start', p: booked, now: T0 + 1.5 * DAY, s, due: ['agenda'], next: chatAt },
    { row: 'the last moment before the chat', p: booked, now: chatAt - 1, s, due: ['agenda'], next: chatAt },
    { row: 'once the chat started: nothing due until "did it happen?"', p: booked, now: chatAt + 1, s, due: [], next: chatAt + 20 * MIN + 3 * HOUR },
    { row: 'shown before quiet hours, expiring inside them: still wake at the expiry', p: lateBooking, now: Date.UTC(2026, 1, 10, 22, 0), s: quiet,
      due: ['agenda'], next: eveningChat },
  ];
  it.each(cases)('$row', ({ p, now, s: set, due, next }) => {
    const plan = planNudges([p], now, set);
    expect(plan.due.map((n) => n.kind)).toEqual(due);
    expect(plan.nextDueAt).toBe(next);
    expect(nextDueAt([p], now, set)).toBe(next);
  });
});
