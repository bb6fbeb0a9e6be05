import { describe, expect, it } from 'vitest';
import { coach } from '../../../lib/coach';
import { mentorshipClose } from '../../../lib/compose/followup/mentorship-close';
import { textLength } from '../../../lib/compose';
import { emptyProfile } from '../../../lib/linkedin/schema';
import type { Channel } from '../../../lib/tracker/schema';
import { DAY, START } from './build';

const profile = { ...emptyProfile('https://www.linkedin.com/in/marisol-vega/', 'marisol-vega'), firstName: 'Marisol', fullName: 'Marisol Vega' };
const base = { profile, me: { name: 'Ada Okafor' }, startedAt: START, now: START + 200 * DAY };

describe('the close draft at a natural end', () => {
  it.each<[Channel, 'free' | 'premium']>([['message', 'free'], ['email', 'free'], ['inmail', 'premium'], ['connection-note', 'free']])(
    'names the goals met and offers to stay in touch, within the %s limit',
    (channel, tier) => {
      const d = mentorshipClose({ ...base, channel, tier, goalsMet: ['Lead the Q2 release', 'Speak up in design reviews'], changed: ['I ran the Q2 release on time.'] });
      expect(textLength(d.body)).toBeLessThanOrEqual(d.limit);
      expect(d.body).toMatch(/Q2 release/);
      expect(d.body).toMatch(/stay in touch/i);
      if (channel !== 'connection-note') {
        expect(d.body).toContain('lead the Q2 release and speak up in design reviews');
        expect(d.body).toContain('What changed: I ran the Q2 release on time.');
        expect(d.body).toMatch(/past few months/);
      }
      expect(coach({ subject: d.subject, body: d.body }, { channel, tier, firstName: 'Marisol', fullName: 'Marisol Vega', kind: 'close' }).filter((h) => h.severity === 'problem')).toEqual([]);
    },
  );

  it('never thanks for goals that were not met', () => {
    const d = mentorshipClose({ ...base, channel: 'message', goalsMet: [], changed: [] });
    expect(d.body).not.toMatch(/goals we set/);
    expect(d.body).toMatch(/stay in touch/);
  });

  it('user text cannot inject template slots', () => {
    const d = mentorshipClose({ ...base, channel: 'message', goalsMet: ['Ship {first} <b>x</b>'], changed: [] });
    expect(d.body).not.toMatch(/[{}<>]/);
  });
});
