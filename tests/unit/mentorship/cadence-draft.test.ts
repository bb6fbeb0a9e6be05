import { describe, expect, it } from 'vitest';
import { coach } from '../../../lib/coach';
import { textLength } from '../../../lib/compose';
import { writeQuestions } from '../../../lib/compose/questions';
import { draftFor } from '../../../lib/next-step';
import { CHANNELS } from '../../../lib/tracker/schema';
import { person, settings } from '../nudges/people';
import { DAY, START, twoGoals, withSession } from './build';

const s = settings();
const p = { ...person({ stage: 'mentoring' }), profile: { ...person({ stage: 'mentoring' }).profile, firstName: 'Marisol', fullName: 'Marisol Vega' } };
const now = START + 30 * DAY;
const ctx = (channel: (typeof CHANNELS)[number], mentorship: ReturnType<typeof twoGoals> | null) => ({ settings: s, channel, now, myTimeZone: 'Europe/London', mentorship });

// The cadence nudge comes "with the next session's agenda ready" (ARCHITECTURE.md §7): the update a mentor
// receives reports the goals' progress and brings up what the journal holds, not the first ask's questions.
describe('the cadence update in a mentorship with a journal', () => {
  const m = withSession(twoGoals());

  it('reports each goal with its steps done, and brings up the open action items and the journal entry', () => {
    const d = draftFor('cadence', p, ctx('message', m));
    // Since the session they held, said as a person tells a mentor rather than as a progress bar.
    expect(d.body).toMatch(/Since our session on 11 Jan, here is where my goals stand:/);
    expect(d.body).toMatch(/Lead the Q2 release: two steps, neither done yet/);
    expect(d.body).toMatch(/Speak up in design reviews: one step, not done yet/);
    // The user's own note, quoted, and an overdue item with its date.
    expect(d.body).toContain('“Froze in the review again; why?”');
    expect(d.body).toMatch(/Start a decision log \(I'd hoped to do this by 25 Jan\)/);
    expect(d.body).toContain('Start a decision log');
    expect(d.body).toContain('Froze in the review again; why?');
    // Labels and goal tags are the page's, not the message's.
    expect(d.body).not.toMatch(/Action item:|\[Lead the Q2 release\]/);
    for (const q of writeQuestions(p.profile, s.me)) expect(d.body).not.toContain(q);
  });

  it('counts the steps done, and says so when a goal has all of its steps done', () => {
    const one = { ...m, steps: m.steps.map((x, i) => (i === 0 ? { ...x, done: true } : x)) };
    expect(draftFor('cadence', p, ctx('message', one)).body).toMatch(/Lead the Q2 release: one of two steps done/);
    const all = { ...m, steps: m.steps.map((x) => (x.goalId === 'g-1' ? { ...x, done: true } : x)) };
    expect(draftFor('cadence', p, ctx('message', all)).body).toMatch(/Lead the Q2 release: both steps done/);
  });

  it.each(CHANNELS)('fits the %s limit and passes the coach', (channel) => {
    const d = draftFor('cadence', p, ctx(channel, m));
    expect(textLength(d.body)).toBeLessThanOrEqual(d.limit);
    const hints = coach({ subject: d.subject, body: d.body }, { channel, tier: s.tier, firstName: 'Marisol', fullName: 'Marisol Vega', kind: 'cadence' });
    expect(hints.filter((h) => h.severity === 'problem'), d.body).toEqual([]);
    // Shortened, the update keeps one thing to talk through (the user's note first) and its ask; the goals
    // go last, so every channel but the 200-character note keeps one.
    if (channel !== 'connection-note') expect(d.body).toMatch(/where my goals stand/);
    expect(d.body).toMatch(/next session/);
    expect(d.body).toMatch(/talk through/);
    expect(d.body).toContain('Froze in the review again');
  });

  it('without a journal (or an empty one) the update is the one from the first chat', () => {
    const plain = draftFor('cadence', p, ctx('message', null));
    expect(plain.body).toMatch(/Progress: /);
    const empty = draftFor('cadence', p, ctx('message', { ...m, goals: [], steps: [], journal: [] }));
    expect(empty.body).toBe(plain.body);
  });

  it("user text can't inject template slots", () => {
    const hostile = { ...m, goals: m.goals.map((g) => ({ ...g, title: 'Ship {first} <b>x</b>' })) };
    expect(draftFor('cadence', p, ctx('message', hostile)).body).not.toMatch(/[{}<>]/);
  });
});
