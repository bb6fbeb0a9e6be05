import { describe, expect, it } from 'vitest';
import { dueNudges, nudgeMessage, nudgeTitle } from '../../../lib/nudges';
import { NUDGE_KINDS } from '../../../lib/tracker/schema';
import { DAY, T0, person, settings } from './people';

describe('notification text', () => {
  it('reads "Check in with Marisol? It\'s been 7 days since your ask"', () => {
    const p = person({ stage: 'sent', sentAt: T0 });
    const [n] = dueNudges([p], T0 + 7 * DAY, settings());
    expect(nudgeTitle(n!, p)).toBe('Check in with Marisol?');
    expect(nudgeMessage(n!, p)).toBe("Check in with Marisol? It's been 7 days since your ask");
  });
  it('falls back to the first word of the name when the profile has no first name', () => {
    const p = person({ stage: 'sent', sentAt: T0 }, null);
    expect(nudgeTitle({ kind: 'thank-you' }, p)).toBe('Thank Marisol for the chat?');
  });
  it('has a question for every nudge kind', () => {
    const p = person({ stage: 'sent' });
    for (const kind of NUDGE_KINDS) expect(nudgeTitle({ kind }, p)).toMatch(/Marisol.*\?$/);
  });
});
