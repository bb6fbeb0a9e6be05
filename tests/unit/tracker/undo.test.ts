import { describe, expect, it } from 'vitest';
import { NothingToUndo } from '../../../lib/tracker/errors';
import { saveDraft } from '../../../lib/tracker/people';
import {
  close, recordAccepted, recordChatHeld, recordInvited, recordReply, recordSent, reopen, scheduleChat, startMentorship,
} from '../../../lib/tracker/record';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { lastEvent, undoLast } from '../../../lib/tracker/undo';
import { addEvent } from '../../../lib/tracker/history';
import { write } from '../../../lib/tracker/tx';
import { DAY, T0, freshDb, person, storedEvents } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const chat = { at: T0 + 10 * DAY, minutes: 20, timeZone: 'UTC' };
type Op = (db: CoffeeChatDb, at: number) => Promise<unknown>;
const send = (kind: Parameters<typeof recordSent>[2]['kind']): Op => (db, at) => recordSent(db, URL, { channel: 'message', text: `${kind}`, at, kind });

/** Each step kind, with the steps that lead to a stage where it is allowed. */
const CASES: [string, Op[], Op][] = [
  ['invite', [], (db, at) => recordInvited(db, URL, { at })],
  ['accept', [(db, at) => recordInvited(db, URL, { at })], (db, at) => recordAccepted(db, URL, { at })],
  ['ask', [], send('ask')],
  ['check-in', [send('ask')], send('check-in')],
  ['reply', [send('ask')], (db, at) => recordReply(db, URL, { at, note: 'yes' })],
  ['schedule', [send('ask'), (db, at) => recordReply(db, URL, { at })], (db, at) => scheduleChat(db, URL, chat, at)],
  ['agenda', [send('ask'), (db, at) => recordReply(db, URL, { at }), (db, at) => scheduleChat(db, URL, chat, at)], send('agenda')],
  ['held', [send('ask'), (db, at) => recordReply(db, URL, { at }), (db, at) => scheduleChat(db, URL, chat, at)], (db, at) => recordChatHeld(db, URL, { at, takeaways: 't' })],
  ...(['thank-you', 'report-back', 'close'] as const).map((k): [string, Op[], Op] => [k, [send('ask'), (db, at) => recordReply(db, URL, { at }), (db, at) => scheduleChat(db, URL, chat, at), (db, at) => recordChatHeld(db, URL, { at, takeaways: 't' })], send(k)]),
  ['mentor', [send('ask'), (db, at) => recordReply(db, URL, { at }), (db, at) => scheduleChat(db, URL, chat, at), (db, at) => recordChatHeld(db, URL, { at, takeaways: 't' })], (db, at) => startMentorship(db, URL, { cadenceDays: 30, at })],
  ['cadence', [send('ask'), (db, at) => recordReply(db, URL, { at }), (db, at) => scheduleChat(db, URL, chat, at), (db, at) => recordChatHeld(db, URL, { at, takeaways: 't' }), (db, at) => startMentorship(db, URL, { cadenceDays: 30, at })], send('cadence')],
  ['close', [send('ask')], (db, at) => close(db, URL, { reason: 'no-reply', at })],
  ['reopen', [send('ask'), (db, at) => close(db, URL, { reason: 'no-reply', at })], (db, at) => reopen(db, URL, { at })],
];

describe('undoLast', () => {
  it.each(CASES)('undoes %s exactly', async (_name, setup, op) => {
    const db = freshDb();
    await person(db);
    let at = T0;
    for (const s of setup) await s(db, (at += DAY));
    const before = await db.people.get(URL);
    const eventsBefore = (await storedEvents(db)).length;
    await op(db, (at += DAY));
    const { person: restored, undone } = await undoLast(db, URL);
    const after = await db.people.get(URL);
    // A send clears the draft; undo puts the sent text back as the draft to edit.
    const { draft: _d, updatedAt: _u, ...afterRest } = after!;
    const { draft: _d2, updatedAt: _u2, ...beforeRest } = before!;
    expect(afterRest).toEqual(beforeRest);
    expect(restored).toEqual(after);
    expect(await storedEvents(db)).toHaveLength(eventsBefore);
    expect(undone.at).toBe(at);
  });

  it('undoing a send returns its text as the draft; undoing the first draft removes it', async () => {
    const db = freshDb();
    await saveDraft(db, (await person(db)).id, { channel: 'inmail', subject: 'S', body: 'Hi' }, T0 + 1);
    await recordSent(db, URL, { channel: 'inmail', subject: 'S', text: 'Hi!', at: T0 + 2 });
    expect((await undoLast(db, URL)).person.draft).toEqual({ channel: 'inmail', subject: 'S', body: 'Hi!', updatedAt: T0 + 2 });
    expect((await undoLast(db, URL)).person.draft).toBeUndefined();
    await expect(undoLast(db, URL)).rejects.toThrow('There is nothing to undo for Marisol.');
  });

  it('undoing a check-in leaves the draft slot to the ask: a later undo of the ask still brings its text back', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'The ask', at: T0 + DAY });
    await recordSent(db, URL, { channel: 'message', text: 'The check-in', at: T0 + 8 * DAY, kind: 'check-in' });
    expect((await undoLast(db, URL)).person.draft).toBeUndefined();
    const back = (await undoLast(db, URL)).person;
    expect([back.stage, back.draft?.body]).toEqual(['drafted', 'The ask']);
  });

  it('takes back the latest recorded step even when it was back-dated', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + 5 * DAY });
    await recordReply(db, URL, { at: T0 + 5 * DAY + 1 });
    // Marked later, dated earlier; and reached through a non-canonical link.
    await recordSent(db, 'https://www.linkedin.com/in/Marisol-Vega', { channel: 'message', text: 'x', at: T0 + 4 * DAY, kind: 'close' });
    expect((await lastEvent(db, URL))!.sentKind).toBe('close');
    expect((await undoLast(db, URL)).person.stage).toBe('replied');
  });

  it('refuses with a clear message when there is nothing, or no earlier state', async () => {
    const db = freshDb();
    await person(db);
    await expect(undoLast(db, URL)).rejects.toBeInstanceOf(NothingToUndo);
    await write(db, () => addEvent(db, { personId: URL, type: 'replied', at: T0 }));
    await expect(undoLast(db, URL)).rejects.toThrow("imported without the state before it, so it can't be undone");
    // An imported `before` is checked only here, when undo would put it back.
    await write(db, () => addEvent(db, { personId: URL, type: 'replied', at: T0, before: { stage: 'waiting' } as never }));
    await expect(undoLast(db, URL)).rejects.toThrow("imported with a state that can't be restored, so it can't be undone");
  });
});
