import { describe, expect, it } from 'vitest';
import { InvalidInput, StepRefused } from '../../../lib/tracker/errors';
import { STAGES, type PersonState, type Stage } from '../../../lib/tracker/schema';
import { allowedSteps, applyStep, canStep, STEPS, type Step, type StepPayload } from '../../../lib/tracker/steps';
import { DAY, T0 } from './helpers';

/** The documented machine, written out by hand: step → stages it is allowed from, in the states AT below. */
const ALLOWED: Record<Step, Stage[]> = {
  invite: ['drafted'],
  accept: ['invited'],
  'send-ask': ['drafted', 'invited'],
  'send-check-in': ['sent'],
  reply: ['sent'],
  schedule: ['replied', 'scheduled', 'held', 'mentoring'],
  'send-agenda': ['scheduled'],
  hold: ['scheduled', 'mentoring'],
  'send-thank-you': ['held', 'mentoring'], // and 'scheduled' while a thank-you is owed: ONLY_WHEN
  'send-report-back': ['held', 'mentoring'],
  mentor: ['replied', 'held', 'mentoring'],
  'send-cadence': ['mentoring'],
  'send-close': ['replied', 'scheduled', 'held', 'mentoring'],
  close: ['drafted', 'invited', 'sent', 'replied', 'scheduled', 'held', 'mentoring'],
  reopen: ['closed'],
};

/** Where each allowed step leads; "same" keeps the stage. */
const RESULT: Record<Step, Stage | 'same'> = {
  invite: 'invited', accept: 'invited', 'send-ask': 'sent', 'send-check-in': 'sent', reply: 'replied',
  schedule: 'scheduled', 'send-agenda': 'scheduled', hold: 'held', 'send-thank-you': 'same', 'send-report-back': 'same',
  mentor: 'mentoring', 'send-cadence': 'mentoring', 'send-close': 'same', close: 'closed', reopen: 'sent',
};

const PAYLOAD: { [S in Step]: StepPayload<S> } = {
  invite: {}, accept: {}, 'send-ask': { channel: 'message' }, 'send-check-in': { channel: 'message' }, reply: {},
  schedule: { at: T0 + 3 * DAY, minutes: 20, timeZone: 'Europe/Berlin' }, 'send-agenda': { channel: 'message' },
  hold: { takeaways: 'Ask for the design doc' }, 'send-thank-you': { channel: 'message' }, 'send-report-back': { channel: 'email' },
  mentor: { cadenceDays: 30 }, 'send-cadence': { channel: 'message' }, 'send-close': { channel: 'message' },
  close: { reason: 'goals-met' }, reopen: {},
};

const base: PersonState = { stage: 'drafted', checkInsSent: 0, lastStepAt: T0, nudges: { snoozed: {}, dismissed: {} } };
const chat = { at: T0 + 2 * DAY, minutes: 20, timeZone: 'UTC' };
/** A plausible state for each stage, as the steps would have left it. */
const AT: Record<Stage, PersonState> = {
  drafted: base,
  invited: { ...base, stage: 'invited', invitedAt: T0 },
  sent: { ...base, stage: 'sent', sentAt: T0, askChannel: 'message' },
  replied: { ...base, stage: 'replied', sentAt: T0, repliedAt: T0 + DAY },
  scheduled: { ...base, stage: 'scheduled', sentAt: T0, repliedAt: T0 + DAY, chat },
  held: { ...base, stage: 'held', sentAt: T0, repliedAt: T0 + DAY, chat, heldAt: T0 + 2 * DAY },
  mentoring: { ...base, stage: 'mentoring', heldAt: T0, chat, mentorship: { cadenceDays: 30, startedAt: T0, lastContactAt: T0 } },
  closed: { ...base, stage: 'closed', sentAt: T0, closedAt: T0 + DAY, closedReason: 'no-reply', closedFrom: 'sent' },
};

/**
 * Steps a stage allows only in some states: [stage, step, a state that allows it, one that doesn't].
 * ARCHITECTURE.md §5 "chat held": booking the next chat before thanking them for the last one still owes the thank-you.
 */
const heldThenBooked: PersonState = { ...AT.held, stage: 'scheduled', chat: { ...chat, at: T0 + 30 * DAY }, lastStepAt: T0 + 3 * DAY };
const ONLY_WHEN: [Stage, Step, PersonState, PersonState, string][] = [
  ['scheduled', 'send-thank-you', heldThenBooked, AT.scheduled, "Can't mark a thank-you sent: no chat with Marisol has been held yet."],
  ['scheduled', 'send-thank-you', heldThenBooked, { ...heldThenBooked, thankYouAt: T0 + 2 * DAY + 3_600_000 },
    "Can't mark a thank-you sent: the thank-you for your last chat with Marisol is already marked sent."],
];

const pairs = STAGES.flatMap((stage) => STEPS.map((step) => [stage, step, ALLOWED[step].includes(stage)] as const));

describe('state machine: every (stage, step) pair', () => {
  it('covers 8 stages × 15 steps', () => expect(pairs).toHaveLength(120));

  it.each(pairs)('%s + %s → allowed: %s', (stage, step, allowed) => {
    expect(canStep(stage, step)).toBe(allowed || ONLY_WHEN.some(([st, sp]) => st === stage && sp === step));
    const at = T0 + 5 * DAY;
    if (allowed) {
      const next = applyStep(AT[stage], step, PAYLOAD[step] as never, at, 'Marisol');
      const want = RESULT[step] === 'same' ? stage : RESULT[step];
      expect(next.stage).toBe(step === 'hold' && stage === 'mentoring' ? 'mentoring' : want);
      expect(next.lastStepAt).toBe(at);
    } else {
      let err: unknown;
      try {
        applyStep(AT[stage], step, PAYLOAD[step] as never, at, 'Marisol');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StepRefused);
      expect((err as StepRefused).message).toMatch(/^Can't .+: .*Marisol.*\.$/);
      expect((err as StepRefused).stage).toBe(stage);
    }
  });
});

describe('steps a stage allows only in some states', () => {
  it.each(ONLY_WHEN)('%s + %s', (stage, step, yes, no, message) => {
    expect([yes.stage, no.stage]).toEqual([stage, stage]);
    expect(allowedSteps(yes)).toContain(step);
    const next = applyStep(yes, step, PAYLOAD[step] as never, T0 + 5 * DAY, 'Marisol');
    expect(next.stage).toBe(RESULT[step] === 'same' ? stage : RESULT[step]);
    expect(allowedSteps(no)).not.toContain(step);
    expect(() => applyStep(no, step, PAYLOAD[step] as never, T0 + 5 * DAY, 'Marisol')).toThrow(message);
  });
  it('a booked chat after a held one offers the thank-you, not the report-back', () => {
    expect(allowedSteps(heldThenBooked)).toEqual(['schedule', 'send-agenda', 'hold', 'send-thank-you', 'send-close', 'close']);
  });
});

describe('refusals read as sentences', () => {
  const refused = (stage: Stage, step: Step) => () => applyStep(AT[stage], step, PAYLOAD[step] as never, T0, 'Marisol');
  it.each([
    ['drafted', 'reply', "Can't mark a reply: no ask has been sent to Marisol yet."],
    ['replied', 'reply', "Can't mark a reply: Marisol has already replied."],
    ['sent', 'schedule', "Can't schedule a chat: Marisol hasn't replied yet."],
    ['closed', 'reply', "Can't mark a reply: Marisol is closed; reopen first."],
    ['sent', 'reopen', "Can't reopen: Marisol isn't closed."],
    ['held', 'hold', "Can't mark the chat held: the chat with Marisol is already marked held; schedule the next one first."],
    ['held', 'send-cadence', "Can't mark a mentoring check-in sent: no mentorship with Marisol has started yet."],
    ['sent', 'send-ask', "Can't mark the ask sent: the ask to Marisol is already marked sent."],
    ['closed', 'close', "Can't close this: Marisol is already closed."],
  ] as const)('%s + %s', (stage, step, message) => {
    expect(refused(stage, step)).toThrow(message);
  });

  it('refuses a second acceptance', () => {
    const accepted = applyStep(AT.invited, 'accept', {}, T0 + DAY);
    expect(() => applyStep(accepted, 'accept', {}, T0 + 2 * DAY, 'Marisol')).toThrow("Marisol's invitation is already marked accepted");
    expect(allowedSteps(accepted)).not.toContain('accept');
    expect(allowedSteps(AT.invited)).toEqual(['accept', 'send-ask', 'close']);
  });
  it('names "this person" when no name is given', () => {
    expect(() => applyStep(AT.drafted, 'reply', {}, T0)).toThrow('no ask has been sent to this person yet');
  });
});

describe('what each step changes', () => {
  it('a check-in counts and keeps the stage', () => {
    const s = applyStep(applyStep(AT.sent, 'send-check-in', { channel: 'message' }, T0 + 7 * DAY), 'send-check-in', { channel: 'message' }, T0 + 9 * DAY);
    expect(s).toMatchObject({ stage: 'sent', checkInsSent: 2, lastCheckInAt: T0 + 9 * DAY, sentAt: T0 });
  });
  it('the ask records its channel; schedule keeps the chat', () => {
    expect(applyStep(AT.drafted, 'send-ask', { channel: 'connection-note' }, T0).askChannel).toBe('connection-note');
    expect(applyStep(AT.replied, 'schedule', PAYLOAD.schedule, T0).chat).toEqual(PAYLOAD.schedule);
  });
  it('a chat held during a mentorship returns to mentoring and counts as contact', () => {
    const scheduled = applyStep(AT.mentoring, 'schedule', chat, T0 + DAY);
    expect(scheduled.stage).toBe('scheduled');
    const held = applyStep(scheduled, 'hold', { takeaways: 'x' }, T0 + 2 * DAY);
    expect(held).toMatchObject({ stage: 'mentoring', heldAt: T0 + 2 * DAY, mentorship: { lastContactAt: T0 + 2 * DAY, startedAt: T0 } });
  });
  it('mentor again changes the cadence, keeps the start', () => {
    expect(applyStep(AT.mentoring, 'mentor', { cadenceDays: 60 }, T0 + 9 * DAY).mentorship).toEqual({ cadenceDays: 60, startedAt: T0, lastContactAt: T0 });
  });
  it('close remembers where it came from; reopen goes back and forgets the close', () => {
    const closed = applyStep(AT.scheduled, 'close', { reason: 'declined' }, T0 + DAY);
    expect(closed).toMatchObject({ stage: 'closed', closedFrom: 'scheduled', closedReason: 'declined' });
    const back = applyStep(closed, 'reopen', {}, T0 + 2 * DAY);
    expect(back.stage).toBe('scheduled');
    expect(back).not.toHaveProperty('closedAt');
    expect(back).not.toHaveProperty('closedReason');
    expect(back).not.toHaveProperty('closedFrom');
  });
  it('reopen without a recorded origin falls back on the furthest step reached', () => {
    const { closedFrom: _, ...old } = AT.closed;
    expect(applyStep({ ...old, repliedAt: T0 }, 'reopen', {}, T0).stage).toBe('replied');
  });
  it('lastStepAt never goes backwards for a back-dated step', () => {
    expect(applyStep({ ...AT.sent, lastStepAt: T0 + DAY }, 'reply', {}, T0 + 1000).lastStepAt).toBe(T0 + DAY);
  });
  it('is pure: the input state is untouched', () => {
    const s = structuredClone(AT.sent);
    applyStep(s, 'send-check-in', { channel: 'message' }, T0);
    expect(s).toEqual(AT.sent);
  });
  it('refuses bad input with InvalidInput', () => {
    expect(() => applyStep(AT.replied, 'schedule', { ...chat, minutes: 2 }, T0)).toThrow(InvalidInput);
    expect(() => applyStep(AT.held, 'close', { reason: 'bored' as never }, T0)).toThrow(/reason/);
    expect(() => applyStep(AT.sent, 'reply', {}, Number.NaN)).toThrow('the time is not a date');
  });
});
