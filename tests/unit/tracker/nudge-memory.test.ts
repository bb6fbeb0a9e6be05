import { describe, expect, it } from 'vitest';
import { dismissNudge, snoozeNudge } from '../../../lib/tracker/nudge-memory';
import { recordReply, recordSent } from '../../../lib/tracker/record';
import { DAY, T0, freshDb, person } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';

describe('nudge memory', () => {
  it('snooze stores the time per kind; a later snooze replaces it', async () => {
    const db = freshDb();
    await person(db);
    await snoozeNudge(db, URL, 'check-in', T0 + DAY);
    await snoozeNudge(db, URL, 'agenda', T0 + 2 * DAY);
    const p = await snoozeNudge(db, URL, 'check-in', T0 + 7 * DAY);
    expect(p.nudges.snoozed).toEqual({ 'check-in': T0 + 7 * DAY, agenda: T0 + 2 * DAY });
    expect((await db.people.get(URL))!.nudges).toEqual(p.nudges);
  });
  it('dismissal is stored against the current lastStepAt, so the next step revives it', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
    const p = await dismissNudge(db, URL, 'check-in');
    expect(p.nudges.dismissed['check-in']).toBe(T0 + DAY);
    const later = await recordReply(db, URL, { at: T0 + 3 * DAY });
    expect(later.lastStepAt).toBeGreaterThan(later.nudges.dismissed['check-in']!);
  });
  it('a nudge about something else (a thank-you about its chat) is dismissed against that', async () => {
    const db = freshDb();
    await person(db);
    expect((await dismissNudge(db, URL, 'thank-you', T0 + 5 * DAY)).nudges.dismissed['thank-you']).toBe(T0 + 5 * DAY);
    await expect(dismissNudge(db, URL, 'thank-you', -1)).rejects.toThrow('no valid time');
  });
  it('refuses unknown kinds and bad times', async () => {
    const db = freshDb();
    await person(db);
    await expect(snoozeNudge(db, URL, 'nag' as never, T0)).rejects.toThrow('Unknown nudge');
    await expect(snoozeNudge(db, URL, 'check-in', Number.NaN)).rejects.toThrow('not a date');
    await expect(dismissNudge(db, URL, 'nag' as never)).rejects.toThrow('Unknown nudge');
  });
});
