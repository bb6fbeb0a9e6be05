/**
 * "Your post is close to my own work" is a claim: it holds only when their line and the sender's work share what the
 * work is about, not what any job does (r16 review: a market researcher's "design and analyse consumer surveys" and a
 * data scientist's "designed and analysed pricing A/B tests" read as a false claim).
 */
import { describe, expect, it } from 'vitest';
import { aimFor, aimsOf } from '../../../lib/compose/aims';

const work = (whatIDo: string) => aimsOf({ whatIDo, shortTermGoal: 'get better at something unrelated entirely' }).filter((a) => a.kind === 'work');

describe('their line and the sender\'s own work', () => {
  it.each([
    // What the work is about, in two words or in one and a field both name in other words.
    ['I run the transition-to-practice programme for about 40 new graduate nurses a year.', 'Redesigned new-graduate nurse onboarding from 14 hours of e-learning to 5 hours plus ward-based practice tasks.', true],
    ['I run warehouse operations and build our weekly reports in Excel', 'We built a simple weekly report that leadership actually read', true],
    ['I teach computer science and Python to high-school students.', 'Outside work I volunteer as a mentor for first-generation students', true],
    // Only what any job does, or where it happens; one word of the subject and nothing else.
    ['I design and analyse consumer surveys for packaged-food brands.', 'Designed and analysed 30+ pricing A/B tests.', false],
    ['I run a team of 12 support agents for a small-business accounting app.', 'Someone asked me how I explain forecast uncertainty to business teams.', false],
    ['I build the routing and pricing services for an e-scooter fleet.', 'Pricing is a product decision, not a finance one.', false],
  ])('%s / %s → %s', (whatIDo, line, close) => {
    expect(!!aimFor(work(whatIDo), line)).toBe(close);
  });
});
