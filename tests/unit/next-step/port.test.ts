// The popup asks the background for the next step and its draft, and records what the draft was
// for.
import { describe, expect, it } from 'vitest';
import { takeStep } from '../../../lib/background/commands';
import { answerQuery } from '../../../lib/popup-link/answer';
import { QUERY_RESULTS } from '../../../lib/popup-link/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { recordSent } from '../../../lib/tracker';
import { DAY, freshDb, person, T0 } from '../tracker/helpers';

describe('next step over the popup port', () => {
  it('answers the step and its draft, and Mark as sent records the check-in, not a second ask', async () => {
    const db = freshDb();
    const p = await person(db);
    await recordSent(db, p.id, { channel: 'message', text: 'Hi', at: T0 });
    const q = { personId: p.id, now: T0 + 8 * DAY, settings: DEFAULT_SETTINGS, zone: 'UTC' };
    const step = QUERY_RESULTS['next-step'].parse(await answerQuery(db, { name: 'next-step', ...q }));
    expect(step).toMatchObject({ kind: 'check-in', due: true, draft: 'check-in', marks: 'check-in' });
    const draft = QUERY_RESULTS['follow-up-draft'].parse(await answerQuery(db, { name: 'follow-up-draft', ...q, kind: 'check-in', channel: 'message' }));
    expect(draft!.body).toMatch(/no pressure/i);
    const after = await takeStep(db, { name: 'send', personId: p.id, kind: 'check-in', text: { channel: 'message', body: draft!.body }, at: q.now });
    expect(after).toMatchObject({ stage: 'sent', checkInsSent: 1 });
    await expect(takeStep(db, { name: 'mark-sent', profile: p.profile, text: { channel: 'message', body: 'again' }, at: q.now })).rejects.toThrow();
    const held = await takeStep(db, { name: 'mark-replied', personId: p.id, at: q.now + DAY });
    expect(held).toMatchObject({ stage: 'replied' });
  });

  it('answers null for someone not tracked', async () => {
    const db = freshDb();
    expect(await answerQuery(db, { name: 'next-step', personId: 'https://www.linkedin.com/in/nobody/', now: T0, settings: DEFAULT_SETTINGS, zone: 'UTC' })).toBeNull();
  });
});
