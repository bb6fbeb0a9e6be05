// The nudges against the tracker's real state machine (lib/tracker/steps.ts): each step a user
// records should make the next ARCHITECTURE.md §5 nudge appear at its time and the previous one stop.
import { describe, expect, it } from 'vitest';
import { planNudges, type NudgePlan } from '../../../lib/nudges';
import { allowedSteps, applyStep, type Step, type StepPayload } from '../../../lib/tracker/steps';
import { stateOf, withState } from '../../../lib/tracker/state';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, MIN, T0, person, settings } from './people';

const s = settings();
function step<S extends Step>(p: Person, name: S, payload: StepPayload<S>, at: number): Person {
  return withState(p, applyStep(stateOf(p), name, payload, at));
}
const kinds = (plan: NudgePlan) => plan.due.map((n) => n.kind);

describe('a whole outreach, step by step', () => {
  it('invite → accept → ask → check-in → close-out', () => {
    let p = step(person({ stage: 'drafted' }), 'invite', {}, T0);
    expect(planNudges([p], T0 + 30 * DAY, s).due).toEqual([]);
    p = step(p, 'accept', {}, T0 + DAY);
    expect(kinds(planNudges([p], T0 + DAY, s))).toEqual(['send-ask']);
    p = step(p, 'send-ask', { channel: 'message' }, T0 + 2 * DAY);
    expect(planNudges([p], T0 + 2 * DAY, s)).toEqual({ due: [], nextDueAt: T0 + 9 * DAY });
    p = step(p, 'send-check-in', { channel: 'message' }, T0 + 9 * DAY);
    expect(planNudges([p], T0 + 9 * DAY, s)).toEqual({ due: [], nextDueAt: T0 + 23 * DAY });
    expect(kinds(planNudges([p], T0 + 23 * DAY, s))).toEqual(['close-out']);
    p = step(p, 'close', { reason: 'no-reply' }, T0 + 24 * DAY);
    expect(planNudges([p], T0 + 99 * DAY, s)).toEqual({ due: [], nextDueAt: null });
  });

  it('reply → schedule → agenda → held → thank-you → report-back', () => {
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'connection-note' }, T0);
    p = step(p, 'reply', {}, T0 + 3 * DAY);
    expect(planNudges([p], T0 + 60 * DAY, s)).toEqual({ due: [], nextDueAt: null });
    const chatAt = T0 + 10 * DAY;
    p = step(p, 'schedule', { at: chatAt, minutes: 20, timeZone: 'Europe/London', theirTimeZone: 'America/New_York' }, T0 + 4 * DAY);
    expect(planNudges([p], T0 + 4 * DAY, s).nextDueAt).toBe(chatAt - DAY);
    expect(kinds(planNudges([p], chatAt - DAY, s))).toEqual(['agenda']);
    p = step(p, 'send-agenda', { channel: 'message' }, chatAt - 20 * HOUR);
    // Next: "did it happen?", a few hours after the chat's end, unless it is marked held first.
    expect(planNudges([p], chatAt - 19 * HOUR, s)).toEqual({ due: [], nextDueAt: chatAt + 20 * MIN + 3 * HOUR });
    p = step(p, 'hold', { takeaways: 'Talk to the data team' }, chatAt + 25 * MIN);
    expect(planNudges([p], chatAt + 25 * MIN, s).nextDueAt).toBe(chatAt + 20 * MIN + 3 * HOUR);
    p = step(p, 'send-thank-you', { channel: 'message' }, chatAt + 5 * HOUR);
    expect(planNudges([p], chatAt + 5 * HOUR, s).nextDueAt).toBe(chatAt + 5 * HOUR + 56 * DAY);
    p = step(p, 'send-report-back', { channel: 'message' }, chatAt + 60 * DAY);
    expect(planNudges([p], chatAt + 400 * DAY, s)).toEqual({ due: [], nextDueAt: null });
  });

  it('mentoring: cadence, next chat (agenda, no cadence meanwhile), held again → thank-you, cadence restarts', () => {
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'message' }, T0);
    p = step(p, 'reply', {}, T0 + DAY);
    p = step(p, 'schedule', { at: T0 + 5 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 2 * DAY);
    p = step(p, 'hold', { takeaways: '' }, T0 + 5 * DAY + 30 * MIN);
    p = step(p, 'send-thank-you', { channel: 'message' }, T0 + 5 * DAY + 4 * HOUR);
    p = step(p, 'mentor', { cadenceDays: 30 }, T0 + 6 * DAY);
    expect(planNudges([p], T0 + 6 * DAY, s).nextDueAt).toBe(T0 + 36 * DAY);
    expect(kinds(planNudges([p], T0 + 36 * DAY, s))).toEqual(['cadence']);
    const next = T0 + 40 * DAY;
    p = step(p, 'schedule', { at: next, minutes: 30, timeZone: 'UTC' }, T0 + 37 * DAY);
    expect(kinds(planNudges([p], next - DAY, s))).toEqual(['agenda']);
    p = step(p, 'hold', { takeaways: '' }, next + 30 * MIN);
    expect(p.stage).toBe('mentoring');
    expect(kinds(planNudges([p], next + 4 * HOUR, s))).toEqual(['thank-you']);
    p = step(p, 'send-thank-you', { channel: 'message' }, next + 5 * HOUR);
    expect(planNudges([p], next + 5 * HOUR, s).nextDueAt).toBe(next + 5 * HOUR + 30 * DAY);
  });

  it('held → the next chat booked before the thank-you: the thank-you stays due and can still be marked', () => {
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'message' }, T0);
    p = step(p, 'reply', {}, T0 + DAY);
    p = step(p, 'schedule', { at: T0 + 5 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 2 * DAY);
    p = step(p, 'hold', { takeaways: 'Read the design doc' }, T0 + 5 * DAY + 30 * MIN);
    expect(kinds(planNudges([p], T0 + 5 * DAY + 4 * HOUR, s))).toEqual(['thank-you']);
    p = step(p, 'schedule', { at: T0 + 40 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 5 * DAY + 2 * HOUR);
    expect(p.stage).toBe('scheduled');
    expect(kinds(planNudges([p], T0 + 5 * DAY + 4 * HOUR, s))).toEqual(['thank-you']);
    expect(allowedSteps(p)).toContain('send-thank-you');
    p = step(p, 'send-thank-you', { channel: 'message' }, T0 + 5 * DAY + 5 * HOUR);
    expect(p.stage).toBe('scheduled');
    expect(allowedSteps(p)).not.toContain('send-thank-you');
    // Only the agenda is left: no report-back while the next chat is on the calendar.
    expect(planNudges([p], T0 + 5 * DAY + 5 * HOUR, s)).toEqual({ due: [], nextDueAt: T0 + 39 * DAY });
  });

  it('a dismissed nudge stays dismissed until the next step', () => {
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'message' }, T0);
    p = { ...p, nudges: { ...p.nudges, dismissed: { 'check-in': p.lastStepAt } } };
    expect(planNudges([p], T0 + 8 * DAY, s).due).toEqual([]);
    p = step(p, 'send-check-in', { channel: 'message' }, T0 + 8 * DAY);
    expect(kinds(planNudges([p], T0 + 22 * DAY, s))).toEqual(['close-out']);
  });

  it('a dismissed thank-you or agenda is about its chat: booking the next chat or thanking them does not bring it back', () => {
    const dismiss = (q: Person, at: number) => {
      const n = planNudges([q], at, s).due[0]!;
      return { ...q, nudges: { ...q.nudges, dismissed: { ...q.nudges.dismissed, [n.kind]: n.about } } };
    };
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'message' }, T0);
    p = step(p, 'reply', {}, T0 + DAY);
    p = step(p, 'schedule', { at: T0 + 3 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 2 * DAY);
    p = step(p, 'hold', { takeaways: 'Read the design doc' }, T0 + 3 * DAY + HOUR);
    expect(kinds(planNudges([p], T0 + 3 * DAY + 5 * HOUR, s))).toEqual(['thank-you']);
    p = dismiss(p, T0 + 3 * DAY + 5 * HOUR);
    const next = T0 + 10 * DAY;
    p = step(p, 'schedule', { at: next, minutes: 30, timeZone: 'UTC' }, T0 + 3 * DAY + 6 * HOUR);
    expect(kinds(planNudges([p], T0 + 3 * DAY + 7 * HOUR, s))).toEqual([]);
    // The agenda for the booked chat, dismissed, stays so after a late thank-you is marked.
    expect(kinds(planNudges([p], next - 20 * HOUR, s))).toEqual(['agenda']);
    p = dismiss(p, next - 20 * HOUR);
    p = step(p, 'send-thank-you', { channel: 'message' }, next - 19 * HOUR);
    expect(kinds(planNudges([p], next - 18 * HOUR, s))).toEqual([]);
    // A chat moved to another time is another agenda.
    p = step(p, 'schedule', { at: next + DAY, minutes: 30, timeZone: 'UTC' }, next - 17 * HOUR);
    expect(kinds(planNudges([p], next, s))).toEqual(['agenda']);
  });

  it('a thank-you left unsent a week after the chat is moot once the next chat is booked', () => {
    let p = step(person({ stage: 'drafted' }), 'send-ask', { channel: 'message' }, T0);
    p = step(p, 'reply', {}, T0 + DAY);
    p = step(p, 'schedule', { at: T0 + 3 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 2 * DAY);
    p = step(p, 'hold', { takeaways: '' }, T0 + 3 * DAY + HOUR);
    p = step(p, 'schedule', { at: T0 + 40 * DAY, minutes: 30, timeZone: 'UTC' }, T0 + 4 * DAY);
    expect(kinds(planNudges([p], T0 + 9 * DAY, s))).toEqual(['thank-you']);
    expect(kinds(planNudges([p], T0 + 11 * DAY, s))).toEqual([]);
  });
});
