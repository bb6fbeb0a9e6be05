// Issue 12: one next step per person, walked through every stage on fixed clocks. Each row names
// the step, whether it is due, which writer drafts it, what "Mark as sent" records, and what else
// the stage offers; the draft itself comes from the existing follow-up writers.
import { describe, expect, it } from 'vitest';
import { draftFor, nextStep, type NextStep } from '../../../lib/next-step';
import { applyStep, stateOf, withStateForTest, type Step, type StepPayload } from './walk';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, MIN, T0, person, settings } from '../nudges/people';

const s = settings();
const go = <S extends Step>(p: Person, step: S, payload: StepPayload<S>, at: number): Person =>
  withStateForTest(p, applyStep(stateOf(p), step, payload, at));

const CHAT = T0 + 14 * DAY;
const sent = go(person({ stage: 'drafted' }), 'send-ask', { channel: 'connection-note' }, T0);
const checkedIn = go(sent, 'send-check-in', { channel: 'message' }, T0 + 8 * DAY);
const replied = go(checkedIn, 'reply', {}, T0 + 9 * DAY);
const scheduled = go(replied, 'schedule', { at: CHAT, minutes: 30, timeZone: 'Europe/London' }, T0 + 10 * DAY);
const agendaSent = go(scheduled, 'send-agenda', { channel: 'message' }, CHAT - 20 * HOUR);
const held = go(agendaSent, 'hold', { takeaways: 'Talk to the data team; keep a weekly report' }, CHAT + 5 * HOUR);
const thanked = go(held, 'send-thank-you', { channel: 'message' }, CHAT + 6 * HOUR);
const reported = go(thanked, 'send-report-back', { channel: 'message' }, CHAT + 60 * DAY);
const mentoring = go(reported, 'mentor', { cadenceDays: 30 }, CHAT + 61 * DAY);
const closed = go(mentoring, 'close', { reason: 'goals-met' }, CHAT + 200 * DAY);
const invited = go(person({ stage: 'drafted' }), 'invite', {}, T0);
const accepted = go(invited, 'accept', {}, T0 + 2 * DAY);

type Row = {
  stage: string; p: Person | null; now: number;
  want: Partial<Pick<NextStep, 'kind' | 'due' | 'draft' | 'marks' | 'action' | 'closeReason'>>;
  title: RegExp; others?: string[]; drafts?: string[];
};
const rows: Row[] = [
  { stage: 'not yet asked (not tracked)', p: null, now: T0, want: { kind: 'ask', due: true, draft: 'ask', marks: 'ask', action: null }, title: /^Send them your ask$/ },
  { stage: 'not yet asked (draft saved)', p: person({ stage: 'drafted' }), now: T0, want: { kind: 'ask', due: true, draft: 'ask', marks: 'ask', closeReason: 'not-a-fit' },
    title: /^Send Marisol your ask$/ },
  { stage: 'sent', p: sent, now: T0 + DAY, want: { kind: 'await-reply', due: false, draft: null, marks: null, action: 'reply', closeReason: 'no-reply' },
    title: /^Waiting for Marisol's reply$/, others: ['close'], drafts: ['check-in'] },
  { stage: 'check-in due', p: sent, now: T0 + 8 * DAY, want: { kind: 'check-in', due: true, draft: 'check-in', marks: 'check-in', action: null },
    title: /^Check in with Marisol$/, others: ['reply', 'close'] },
  { stage: 'check-in sent, still no reply: close-out', p: checkedIn, now: T0 + 23 * DAY, want: { kind: 'close-out', due: true, draft: null, action: 'close', closeReason: 'no-reply' },
    title: /^Close your ask to Marisol\?$/, others: ['reply'] },
  { stage: 'replied', p: replied, now: T0 + 9 * DAY, want: { kind: 'schedule', due: true, draft: null, action: 'schedule', closeReason: 'declined' },
    title: /^Schedule the chat with Marisol$/, others: ['mentor', 'close'], drafts: ['close'] },
  { stage: 'scheduled', p: scheduled, now: T0 + 10 * DAY, want: { kind: 'agenda', due: false, draft: 'agenda', marks: 'agenda', action: null },
    title: /^Send Marisol an agenda the day before$/, others: ['schedule', 'close'], drafts: ['close'] },
  { stage: 'agenda due', p: scheduled, now: CHAT - 23 * HOUR, want: { kind: 'agenda', due: true, draft: 'agenda', marks: 'agenda' },
    title: /^Send Marisol an agenda$/, others: ['schedule', 'close'] },
  { stage: 'agenda sent, chat ahead', p: agendaSent, now: CHAT - HOUR, want: { kind: 'await-chat', due: false, draft: null, action: null },
    title: /^Your chat with Marisol is /, others: ['schedule', 'close'] },
  { stage: 'chat time passed (just ended)', p: agendaSent, now: CHAT + 40 * MIN, want: { kind: 'chat-happened', due: false, draft: null, marks: null, action: 'hold' },
    title: /^Did your chat with Marisol happen\?$/, others: ['schedule', 'close'], drafts: ['close'] },
  { stage: 'chat time passed (a few hours on)', p: agendaSent, now: CHAT + 4 * HOUR, want: { kind: 'chat-happened', due: true, draft: null, action: 'hold' },
    title: /^Did your chat with Marisol happen\?$/ },
  { stage: 'held', p: held, now: CHAT + 5 * HOUR, want: { kind: 'thank-you', due: true, draft: 'thank-you', marks: 'thank-you', closeReason: 'goals-met' },
    title: /^Thank Marisol for the chat$/, others: ['schedule', 'mentor', 'close'], drafts: ['close'] },
  { stage: 'thank-you sent', p: thanked, now: CHAT + 7 * HOUR, want: { kind: 'report-back', due: false, draft: 'report-back', marks: 'report-back' },
    title: /^Report back to Marisol in a few weeks$/, others: ['schedule', 'mentor', 'close'], drafts: ['close'] },
  { stage: 'report-back due', p: thanked, now: CHAT + 57 * DAY, want: { kind: 'report-back', due: true, draft: 'report-back', marks: 'report-back' },
    title: /^Report back to Marisol$/ },
  { stage: 'reported back', p: reported, now: CHAT + 60 * DAY, want: { kind: 'keep-in-touch', due: false, draft: null, action: 'mentor' },
    title: /^Keep in touch with Marisol$/, others: ['schedule', 'close'], drafts: ['close'] },
  { stage: 'mentoring', p: mentoring, now: CHAT + 62 * DAY, want: { kind: 'cadence', due: false, draft: 'cadence', marks: 'cadence', closeReason: 'goals-met' },
    title: /^Next catch-up with Marisol$/, others: ['schedule', 'close'], drafts: ['close'] },
  { stage: 'cadence due', p: mentoring, now: CHAT + 92 * DAY, want: { kind: 'cadence', due: true, draft: 'cadence', marks: 'cadence' },
    title: /^Catch up with Marisol$/ },
  { stage: 'closed', p: closed, now: CHAT + 201 * DAY, want: { kind: 'closed', due: false, draft: null, action: 'reopen' }, title: /^Closed with Marisol$/, others: [], drafts: [] },
  { stage: 'invited without a note', p: invited, now: T0 + DAY, want: { kind: 'await-accept', due: false, draft: null, action: 'accept' },
    title: /^Waiting for Marisol to accept/ },
  { stage: 'invitation accepted: send the ask as a message', p: accepted, now: T0 + 2 * DAY, want: { kind: 'send-ask', due: true, draft: 'send-ask', marks: 'ask' },
    title: /^Send Marisol your ask as a message$/ },
];

describe('one next step per person, at every stage', () => {
  it.each(rows)('$stage', ({ p, now, want, title, others, drafts }) => {
    const step = nextStep(p, now, s, 'Europe/London');
    expect(step).toMatchObject(want);
    expect(step.title).toMatch(title);
    expect(step.detail).toMatch(/\S\.$/);
    expect(step.detail).not.toMatch(/undefined|NaN|\bnull\b/);
    if (others) expect(step.others).toEqual(others);
    if (drafts) expect(step.drafts).toEqual(drafts);
    // The primary action is never offered twice; the draft's own kind isn't a "something else".
    expect(step.others).not.toContain(step.action);
    if (step.draft) expect(step.drafts).not.toContain(step.draft);
    // Every follow-up step comes with its draft, from the existing writers.
    if (p && step.draft && step.draft !== 'ask') {
      const d = draftFor(step.draft, p, { settings: s, channel: 'message', now, myTimeZone: 'Europe/London' });
      expect(d.body).toMatch(/^(Hi|Hello|Dear|Good) /);
      expect(d.length).toBeLessThanOrEqual(d.limit);
    }
  });

  it('Mentoring never offers to start a mentorship or mark a chat held; the thank-you goes once it is sent', () => {
    const m = nextStep(mentoring, CHAT + 62 * DAY, s);
    expect([...m.others, m.action]).not.toContain('mentor');
    expect([...m.others, m.action]).not.toContain('hold');
    for (const [p, at] of [[thanked, CHAT + 7 * HOUR], [reported, CHAT + 61 * DAY], [mentoring, CHAT + 62 * DAY]] as const) {
      const n = nextStep(p, at, s);
      expect([n.draft, ...n.drafts]).not.toContain('thank-you');
    }
  });

  it('quiet hours hold notifications, not the step shown when the user looks', () => {
    const quiet = settings({ timeZone: 'UTC', quietHours: { enabled: true, start: 0, end: 23 } });
    expect(nextStep(sent, T0 + 8 * DAY + HOUR, quiet)).toMatchObject({ kind: 'check-in', due: true });
  });

  it('a snoozed check-in is not due until the snooze ends; a dismissed one leaves the wait', () => {
    const snoozed = { ...sent, nudges: { snoozed: { 'check-in': T0 + 10 * DAY }, dismissed: {} } };
    expect(nextStep(snoozed, T0 + 9 * DAY, s)).toMatchObject({ kind: 'await-reply', due: false });
    expect(nextStep(snoozed, T0 + 10 * DAY, s)).toMatchObject({ kind: 'check-in', due: true });
  });
});

describe('closing drafts that fit where things stand (ARCHITECTURE.md §5, last row)', () => {
  const close = (p: Person, now: number) => {
    const step = nextStep(p, now, s);
    return draftFor('close', p, { settings: s, channel: 'message', now, myTimeZone: 'UTC', closeReason: step.closeReason }).body;
  };
  it.each([
    ['replied', replied, T0 + 9 * DAY],
    ['scheduled, before the chat', scheduled, T0 + 10 * DAY],
  ] as const)('%s: thanks for their time and an open door, never for guidance', (_, p, now) => {
    const body = close(p, now);
    expect(body).not.toMatch(/guidance|grown|goals we set|mentor/i);
    expect(body).toMatch(/time/);
    expect(body).toMatch(/stay in touch/);
  });
  it('after one chat: thanks for the conversation, no mentorship wording', () => {
    const body = close(held, CHAT + 6 * HOUR);
    expect(body).toMatch(/conversation/);
    expect(body).not.toMatch(/grown so much|goals we set out|over the past/i);
  });
  it('a mentorship whose goals are met: the guide\'s natural end', () => {
    expect(close(mentoring, CHAT + 150 * DAY)).toMatch(/I've achieved the goals we set out/);
  });
  it('a mentorship that no longer fits: the guide\'s mismatch wording', () => {
    const body = draftFor('close', mentoring, { settings: s, channel: 'message', now: CHAT + 90 * DAY, myTimeZone: 'UTC', closeReason: 'not-a-fit' }).body;
    expect(body).toMatch(/Thank you so much for your initial guidance/);
  });
  it('fits a connection note at every stage', () => {
    for (const [p, now] of [[replied, T0 + 9 * DAY], [held, CHAT + 6 * HOUR], [mentoring, CHAT + 90 * DAY]] as const) {
      for (const closeReason of ['no-reply', 'declined', 'not-a-fit', 'goals-met'] as const) {
        const d = draftFor('close', p, { settings: s, channel: 'connection-note', now, myTimeZone: 'UTC', closeReason });
        expect(d.length).toBeLessThanOrEqual(200);
      }
    }
  });
});

// The thank-you's own field (components/FollowUpField.tsx): a chat marked held without takeaways gets one
// typed in, and the thank-you names it; what was recorded at the chat always wins.
describe("the thank-you's typed takeaway", () => {
  const bare = go(agendaSent, 'hold', { takeaways: '' }, CHAT + 5 * HOUR);
  const ctx = (result?: string) => ({ settings: s, channel: 'message' as const, now: CHAT + 6 * HOUR, myTimeZone: 'Europe/London', ...(result ? { result } : {}) });

  it('names the takeaway typed in when the chat recorded none', () => {
    expect(draftFor('thank-you', bare, ctx()).body).not.toMatch(/taking away/);
    expect(draftFor('thank-you', bare, ctx('Show one number per slide')).body).toMatch(/taking away:? show one number per slide/i);
  });

  it('keeps the takeaways recorded at the chat, and a report-back field never becomes a takeaway', () => {
    expect(draftFor('thank-you', held, ctx('Something else')).body).not.toContain('omething else');
    expect(draftFor('report-back', bare, ctx('I rebuilt the deck')).body).not.toMatch(/taking away/);
  });
});
