import { describe, expect, it } from 'vitest';
import { PersonNotFound, StepRefused } from '../../../lib/tracker/errors';
import { saveDraft } from '../../../lib/tracker/people';
import {
  close, recordAccepted, recordChatHeld, recordInvited, recordReply, recordSent, reopen, scheduleChat, startMentorship,
} from '../../../lib/tracker/record';
import { DAY, HOUR, T0, freshDb, person, storedEvents } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const chat = { at: T0 + 10 * DAY, minutes: 20, timeZone: 'Europe/Berlin', theirTimeZone: 'America/Bogota', agenda: ['How did you move to staff?'] };

describe('recording steps', () => {
  it('the whole path, one event per step, each with the state before it', async () => {
    const db = freshDb();
    await person(db);
    await recordInvited(db, URL, { at: T0 + HOUR });
    await recordAccepted(db, URL, { at: T0 + DAY });
    await recordSent(db, URL, { channel: 'message', text: 'Hi Marisol', at: T0 + 2 * DAY });
    await recordSent(db, URL, { channel: 'message', text: 'No pressure at all', at: T0 + 9 * DAY, kind: 'check-in' });
    await recordReply(db, URL, { at: T0 + 10 * DAY, note: 'Happy to chat next week' });
    await scheduleChat(db, URL, chat, T0 + 10 * DAY + HOUR);
    await recordSent(db, URL, { channel: 'message', text: '- Q1\n- Q2', at: chat.at - DAY, kind: 'agenda' });
    await recordChatHeld(db, URL, { at: chat.at + HOUR, takeaways: 'Write a design doc' });
    await recordSent(db, URL, { channel: 'message', text: 'Thank you', at: chat.at + 4 * HOUR, kind: 'thank-you' });
    await recordSent(db, URL, { channel: 'email', subject: 'Following your advice', text: 'I did it', at: chat.at + 56 * DAY, kind: 'report-back' });
    await startMentorship(db, URL, { cadenceDays: 30, at: chat.at + 57 * DAY });
    await recordSent(db, URL, { channel: 'message', text: 'Monthly update', at: chat.at + 87 * DAY, kind: 'cadence' });
    await recordSent(db, URL, { channel: 'message', text: 'Thank you for everything', at: chat.at + 200 * DAY, kind: 'close' });
    const p = await close(db, URL, { reason: 'goals-met', at: chat.at + 201 * DAY });

    expect(p).toMatchObject({
      stage: 'closed', closedReason: 'goals-met', closedFrom: 'mentoring', invitedAt: T0 + HOUR, acceptedAt: T0 + DAY,
      sentAt: T0 + 2 * DAY, askChannel: 'message', checkInsSent: 1, lastCheckInAt: T0 + 9 * DAY, repliedAt: T0 + 10 * DAY,
      chat, agendaSentAt: chat.at - DAY, heldAt: chat.at + HOUR, takeaways: 'Write a design doc', thankYouAt: chat.at + 4 * HOUR,
      reportBackAt: chat.at + 56 * DAY, mentorship: { cadenceDays: 30, startedAt: chat.at + 57 * DAY, lastContactAt: chat.at + 87 * DAY },
      lastStepAt: chat.at + 201 * DAY,
    });
    const events = await storedEvents(db);
    expect(events.map((e) => e.type + (e.sentKind ? `:${e.sentKind}` : ''))).toEqual([
      'invited', 'accepted', 'sent:ask', 'sent:check-in', 'replied', 'chat-scheduled', 'sent:agenda', 'chat-held',
      'sent:thank-you', 'sent:report-back', 'mentorship-started', 'sent:cadence', 'sent:close', 'closed',
    ]);
    expect(events[2]).toMatchObject({ channel: 'message', text: 'Hi Marisol', before: { stage: 'invited' } });
    expect(events[4]).toMatchObject({ text: 'Happy to chat next week', before: { stage: 'sent', checkInsSent: 1 } });
    expect(events[5]!.detail).toEqual({ chat });
    expect(events[9]).toMatchObject({ subject: 'Following your advice', channel: 'email' });

    const back = await reopen(db, URL, { at: chat.at + 300 * DAY });
    expect(back.stage).toBe('mentoring');
    expect(back.closedAt).toBeUndefined();
  });

  it('sending clears the draft (its text is on the event)', async () => {
    const db = freshDb();
    await person(db);
    await saveDraft(db, URL, { channel: 'connection-note', body: 'Hi' }, T0);
    const p = await recordSent(db, URL, { channel: 'connection-note', text: 'Hi', at: T0 + 1 });
    expect(p.draft).toBeUndefined();
    expect((await db.people.get(URL))!.draft).toBeUndefined();
  });

  it('a refused step writes nothing and names the person', async () => {
    const db = freshDb();
    await person(db);
    const before = await db.people.get(URL);
    await expect(recordReply(db, URL, { at: T0 + 1 })).rejects.toThrow("Can't mark a reply: no ask has been sent to Marisol yet.");
    await expect(recordReply(db, URL, { at: T0 + 1 })).rejects.toBeInstanceOf(StepRefused);
    expect(await db.people.get(URL)).toEqual(before);
    expect(await storedEvents(db)).toEqual([]);
  });

  it('an unknown person is PersonNotFound', async () => {
    await expect(recordInvited(freshDb(), URL, { at: T0 })).rejects.toBeInstanceOf(PersonNotFound);
  });

  it('scheduling records when it was booked, not the chat time, as the step', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + 1 });
    await recordReply(db, URL, { at: T0 + 2 });
    const p = await scheduleChat(db, URL, chat, T0 + 3);
    expect(p.lastStepAt).toBe(T0 + 3);
    const again = await scheduleChat(db, URL, { at: chat.at + DAY, minutes: 15, timeZone: 'UTC', theirTimeZone: undefined }, T0 + 4);
    expect(again.chat).toEqual({ at: chat.at + DAY, minutes: 15, timeZone: 'UTC' });
    expect(Object.keys(again.chat!)).not.toContain('theirTimeZone');
    await expect(scheduleChat(db, URL, { ...chat, minutes: 1000 }, T0 + 5)).rejects.toThrow(/minutes/);
  });
});
