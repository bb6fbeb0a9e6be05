// One case per ARCHITECTURE.md §5 row (and the rows' edges), each checked twice against a fixed clock:
// a moment before it is due (not listed; nextDueAt points at it) and the moment it is due.
import { describe, expect, it } from 'vitest';
import { planNudges, RULES } from '../../../lib/nudges';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, MIN, T0, person, settings } from './people';

const chat = (at: number, minutes = 20) => ({ at, minutes, timeZone: 'Europe/London' });

type Row = { row: string; p: Person; s?: ReturnType<typeof settings>; kind: string; dueAt: number; reason: RegExp };
const rows: Row[] = [
  { row: 'ask sent, no reply → check-in after 7 days', p: person({ stage: 'sent', sentAt: T0, lastStepAt: T0 }),
    kind: 'check-in', dueAt: T0 + 7 * DAY, reason: /^It's been 7 days since your ask$/ },
  { row: 'check-in delay follows settings', p: person({ stage: 'sent', sentAt: T0 }), s: settings({ nudges: { checkInAfterDays: 10 } }),
    kind: 'check-in', dueAt: T0 + 10 * DAY, reason: /10 days since your ask/ },
  { row: 'maxCheckIns 2: the second check-in waits 7 days after the first', s: settings({ nudges: { maxCheckIns: 2 } }),
    p: person({ stage: 'sent', sentAt: T0, checkInsSent: 1, lastCheckInAt: T0 + 8 * DAY }),
    kind: 'check-in', dueAt: T0 + 15 * DAY, reason: /since your last check-in/ },
  { row: 'check-in sent, still no reply → close-out 14 days later',
    p: person({ stage: 'sent', sentAt: T0, checkInsSent: 1, lastCheckInAt: T0 + 8 * DAY, lastStepAt: T0 + 8 * DAY }),
    kind: 'close-out', dueAt: T0 + 22 * DAY, reason: /^Still no reply 2 weeks after your check-in/ },
  { row: 'check-ins off (maxCheckIns 0) → close-out 7 + 14 days after the ask', s: settings({ nudges: { maxCheckIns: 0 } }),
    p: person({ stage: 'sent', sentAt: T0 }), kind: 'close-out', dueAt: T0 + 21 * DAY, reason: /3 weeks after your ask/ },
  // A dismissed check-in is one the user chose not to send: the ask still closes out, as with check-ins off.
  { row: 'check-in dismissed → close-out 7 + 14 days after the ask',
    p: person({ stage: 'sent', sentAt: T0, lastStepAt: T0, nudges: { snoozed: {}, dismissed: { 'check-in': T0 } } }),
    kind: 'close-out', dueAt: T0 + 21 * DAY, reason: /^Still no reply 3 weeks after your ask/ },
  { row: 'maxCheckIns 2, the second dismissed → close-out 7 + 14 days after the first', s: settings({ nudges: { maxCheckIns: 2 } }),
    p: person({ stage: 'sent', sentAt: T0, checkInsSent: 1, lastCheckInAt: T0 + 8 * DAY, lastStepAt: T0 + 8 * DAY,
      nudges: { snoozed: {}, dismissed: { 'check-in': T0 + 8 * DAY } } }),
    kind: 'close-out', dueAt: T0 + 29 * DAY, reason: /^Still no reply 3 weeks after your check-in/ },
  { row: 'invitation accepted without a note → send the ask now',
    p: person({ stage: 'invited', invitedAt: T0, acceptedAt: T0 + 2 * DAY, lastStepAt: T0 + 2 * DAY }),
    kind: 'send-ask', dueAt: T0 + 2 * DAY, reason: /accepted your invitation/ },
  { row: 'chat scheduled → agenda 24 h before',
    p: person({ stage: 'scheduled', sentAt: T0, repliedAt: T0 + DAY, lastStepAt: T0 + DAY, chat: chat(T0 + 5 * DAY) }),
    kind: 'agenda', dueAt: T0 + 4 * DAY, reason: /^Your chat is in 24 hours; send the 2–3 questions/ },
  { row: 'chat scheduled 5 h ahead → agenda due at once (at the scheduling step)',
    p: person({ stage: 'scheduled', lastStepAt: T0, chat: chat(T0 + 5 * HOUR) }),
    kind: 'agenda', dueAt: T0, reason: /in 5 hours/ },
  { row: 'agenda lead time follows settings', s: settings({ nudges: { agendaBeforeHours: 48 } }),
    p: person({ stage: 'scheduled', lastStepAt: T0, chat: chat(T0 + 5 * DAY) }), kind: 'agenda', dueAt: T0 + 3 * DAY, reason: /48 hours/ },
  { row: 'chat held → thank-you 3 h after its end',
    p: person({ stage: 'held', chat: chat(T0, 30), heldAt: T0 + 40 * MIN, lastStepAt: T0 + 40 * MIN }),
    kind: 'thank-you', dueAt: T0 + 30 * MIN + 3 * HOUR, reason: /within 24 hours/ },
  { row: 'chat marked held the next day → thank-you due at the marking, not back-dated',
    p: person({ stage: 'held', chat: chat(T0), heldAt: T0 + 20 * HOUR, lastStepAt: T0 + 20 * HOUR }),
    kind: 'thank-you', dueAt: T0 + 20 * HOUR, reason: /within 24 hours/ },
  { row: 'chat held in a mentorship → thank-you too',
    p: person({ stage: 'mentoring', chat: chat(T0), heldAt: T0 + HOUR, lastStepAt: T0 + HOUR,
      mentorship: { cadenceDays: 30, startedAt: T0 - 60 * DAY, lastContactAt: T0 + HOUR } }),
    kind: 'thank-you', dueAt: T0 + 20 * MIN + 3 * HOUR, reason: /thank-you/ },
  { row: 'chat held, the next one booked before the thank-you → thank-you still due',
    p: person({ stage: 'scheduled', chat: chat(T0 + 20 * DAY), heldAt: T0, lastStepAt: T0 + HOUR }),
    kind: 'thank-you', dueAt: T0 + 3 * HOUR, reason: /within 24 hours/ },
  { row: 'after the thank-you → report-back after 8 weeks',
    p: person({ stage: 'held', chat: chat(T0), heldAt: T0 + HOUR, thankYouAt: T0 + 5 * HOUR, lastStepAt: T0 + 5 * HOUR }),
    kind: 'report-back', dueAt: T0 + 5 * HOUR + 56 * DAY, reason: /^It's been 8 weeks since your thank-you/ },
  { row: 'ongoing mentoring → cadence after the agreed days',
    p: person({ stage: 'mentoring', lastStepAt: T0, mentorship: { cadenceDays: 21, startedAt: T0, lastContactAt: T0 } }),
    kind: 'cadence', dueAt: T0 + 21 * DAY, reason: /^It's been 3 weeks since you last talked/ },
  { row: 'mentoring: a later thank-you restarts the cadence clock',
    p: person({ stage: 'mentoring', chat: chat(T0 - DAY), heldAt: T0 - DAY, thankYouAt: T0, lastStepAt: T0,
      mentorship: { cadenceDays: 30, startedAt: T0 - DAY, lastContactAt: T0 - DAY } }),
    kind: 'cadence', dueAt: T0 + 30 * DAY, reason: /30 days/ },
];

describe('ARCHITECTURE.md §5 rows', () => {
  it.each(rows)('$row', ({ p, s = settings(), kind, dueAt, reason }) => {
    const before = planNudges([p], dueAt - 1, s);
    expect(before.due).toEqual([]);
    expect(before.nextDueAt).toBe(dueAt);
    const at = planNudges([p], dueAt, s);
    expect(at.due).toEqual([{ personId: p.id, kind, dueAt, reason: expect.stringMatching(reason), about: expect.any(Number) }]);
  });
});

type Quiet = { row: string; p: Person; now: number; next?: number };
const silent: Quiet[] = [
  { row: 'drafted: nothing to follow up', p: person({ stage: 'drafted' }), now: T0 + 99 * DAY },
  { row: 'invited, not accepted yet', p: person({ stage: 'invited', invitedAt: T0 }), now: T0 + 30 * DAY },
  { row: 'a reply stops check-in and close-out', p: person({ stage: 'replied', sentAt: T0, repliedAt: T0 + 3 * DAY }), now: T0 + 60 * DAY },
  { row: 'a reply stops them even if the stage lags', p: person({ stage: 'sent', sentAt: T0, repliedAt: T0 + DAY }), now: T0 + 60 * DAY },
  { row: 'the ask sent after acceptance ends send-ask',
    p: person({ stage: 'invited', acceptedAt: T0, sentAt: T0 + HOUR }), now: T0 + 2 * HOUR },
  { row: 'agenda sent → no agenda nudge',
    p: person({ stage: 'scheduled', lastStepAt: T0 + DAY, agendaSentAt: T0 + DAY, chat: chat(T0 + 2 * DAY) }), now: T0 + 1.5 * DAY,
    next: T0 + 2 * DAY + 20 * MIN + 3 * HOUR }, // only "did it happen?" is left
  { row: 'thank-you sent, report-back sent → nothing more (natural end)',
    p: person({ stage: 'held', heldAt: T0, thankYouAt: T0 + HOUR, reportBackAt: T0 + 50 * DAY }), now: T0 + 400 * DAY },
  { row: 'closed people never nudge',
    p: person({ stage: 'closed', sentAt: T0, closedAt: T0 + 30 * DAY, closedReason: 'no-reply' }), now: T0 + 60 * DAY },
  { row: 'a past chat marked held, the next one booked later: no question about the held one',
    p: person({ stage: 'scheduled', heldAt: T0 + 30 * MIN, thankYouAt: T0 + HOUR, lastStepAt: T0 + 2 * HOUR, agendaSentAt: T0 + 3 * HOUR, chat: chat(T0) }),
    now: T0 + 80 * DAY },
];

describe('rows that must stay silent', () => {
  it.each(silent)('$row', ({ p, now, next }) => {
    const plan = planNudges([p], now, settings());
    expect(plan.due).toEqual([]);
    expect(plan.nextDueAt).toBe(next ?? null);
  });
});

// ARCHITECTURE.md §5 "chat time passed, not marked held": a few hours after its end, "Did your chat happen?".
describe('did the chat happen', () => {
  const booked = person({ stage: 'scheduled', sentAt: T0 - 9 * DAY, repliedAt: T0 - 8 * DAY, lastStepAt: T0 - 8 * DAY, agendaSentAt: T0 - DAY, chat: chat(T0, 30) });
  const cases: { row: string; p: Person; now: number; kinds: string[]; reason?: RegExp }[] = [
    { row: 'during the chat: nothing yet', p: booked, now: T0 + 20 * MIN, kinds: [] },
    { row: '2 h 59 after its end: not yet', p: booked, now: T0 + 30 * MIN + 3 * HOUR - 1, kinds: [] },
    { row: '3 h after its end: asked', p: booked, now: T0 + 30 * MIN + 3 * HOUR, kinds: ['chat-happened'], reason: /^Your chat was 3 hours ago; mark it held/ },
    { row: 'a week on: still asked, honest about the time', p: booked, now: T0 + 7 * DAY + HOUR, kinds: ['chat-happened'], reason: /^Your chat was 7 days ago/ },
    { row: 'three months on', p: booked, now: T0 + 95 * DAY, kinds: ['chat-happened'], reason: /^Your chat was 3 months ago/ },
    { row: 'the wait follows the thank-you setting (a few hours after the end)', p: booked, now: T0 + 30 * MIN + HOUR, kinds: [] },
    { row: 'agenda never sent: the agenda expires at the start, then the question comes',
      p: person({ stage: 'scheduled', lastStepAt: T0 - DAY, chat: chat(T0, 20) }), now: T0 + 4 * HOUR, kinds: ['chat-happened'] },
    { row: 'marked held: the thank-you instead',
      p: person({ ...booked, stage: 'held', heldAt: T0 + HOUR, lastStepAt: T0 + HOUR }), now: T0 + 4 * HOUR, kinds: ['thank-you'] },
    { row: 'a mentorship chat never marked held',
      p: person({ stage: 'scheduled', lastStepAt: T0 - DAY, agendaSentAt: T0 - DAY, heldAt: T0 - 40 * DAY, thankYouAt: T0 - 39 * DAY, chat: chat(T0, 30),
        mentorship: { cadenceDays: 30, startedAt: T0 - 60 * DAY, lastContactAt: T0 - 40 * DAY } }), now: T0 + 5 * HOUR, kinds: ['chat-happened'] },
    { row: 'rescheduled to next week: asked again only after the new time',
      p: person({ ...booked, chat: chat(T0 + 7 * DAY, 30), lastStepAt: T0 + 5 * HOUR }), now: T0 + 6 * DAY, kinds: [] },
  ];
  it.each(cases)('$row', ({ p, now, kinds, reason }) => {
    const due = planNudges([p], now, settings()).due;
    expect(due.map((n) => n.kind)).toEqual(kinds);
    if (reason) expect(due[0]!.reason).toMatch(reason);
  });

  it('a dismissal holds for this chat; rescheduling brings the question back for the new one', () => {
    const dismissed = person({ ...booked, nudges: { snoozed: {}, dismissed: { 'chat-happened': T0 } } });
    expect(planNudges([dismissed], T0 + DAY, settings()).due).toEqual([]);
    const moved = person({ ...dismissed, chat: chat(T0 + 2 * DAY, 30), lastStepAt: T0 + DAY });
    expect(planNudges([moved], T0 + 3 * DAY, settings()).due.map((n) => n.kind)).toEqual(['chat-happened']);
  });

  it('a thank-you for a chat held months ago says so, not "within 24 hours"', () => {
    const p = person({ stage: 'held', chat: chat(T0, 30), heldAt: T0 + HOUR, lastStepAt: T0 + HOUR });
    expect(planNudges([p], T0 + 92 * DAY, settings()).due[0]!.reason).toMatch(/^Chat held 3 months ago/);
  });
});

describe('one rule per ARCHITECTURE.md §5 row', () => {
  it('has ten rules, each a pure function of the person and settings', () => {
    expect(RULES).toHaveLength(10);
    const p = person({ stage: 'sent', sentAt: T0 });
    const said = (r: ReturnType<(typeof RULES)[number]>) => r && { ...r, reason: r.reason(T0 + 30 * DAY) };
    for (const rule of RULES) expect(said(rule(p, settings()))).toEqual(said(rule(p, settings())));
  });
});

// The reason speaks of the time that has really passed when the nudge is read, not only the rule's wait.
describe('reasons as of now', () => {
  const later: { row: string; p: Person; now: number; reason: string }[] = [
    { row: 'check-in read 12 days after the ask', p: person({ stage: 'sent', sentAt: T0 }), now: T0 + 12.6 * DAY,
      reason: "It's been 12 days since your ask" },
    { row: 'close-out read a month after the ask', p: person({ stage: 'sent', sentAt: T0, checkInsSent: 1, lastCheckInAt: T0 + 7 * DAY }),
      now: T0 + 28 * DAY, reason: "Still no reply 3 weeks after your check-in; it's fine to move on" },
    { row: 'agenda read 3 hours before the chat', p: person({ stage: 'scheduled', lastStepAt: T0, chat: chat(T0 + 5 * DAY) }),
      now: T0 + 5 * DAY - 3 * HOUR, reason: "Your chat is in 3 hours; send the 2–3 questions you'd like to ask" },
    { row: 'cadence read 5 weeks on', p: person({ stage: 'mentoring', heldAt: T0, thankYouAt: T0 + HOUR, mentorship: { cadenceDays: 21, startedAt: T0, lastContactAt: T0 } }),
      now: T0 + 35 * DAY + HOUR, reason: "It's been 5 weeks since you last talked; share progress and a new question" },
  ];
  it.each(later)('$row', ({ p, now, reason }) => {
    expect(planNudges([p], now, settings()).due.map((n) => n.reason)).toEqual([reason]);
  });
});
