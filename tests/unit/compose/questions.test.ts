import { describe, expect, it } from 'vitest';
import { writeQuestions } from '../../../lib/compose';
import { userQuestions } from '../../../lib/compose/questions';
import { incomplete } from './checks';
import { ME_EMPTY, ME_FULL, ME_SPARSE, person, SYNTHETIC } from './profiles';

describe('writeQuestions (ASK.md §1, §2.4)', () => {
  it('draws on the goal and the missing skill first', () => {
    const [a, b] = writeQuestions(person('x'), ME_FULL);
    expect(a).toBe('What would you focus on first if you wanted to get better at presenting data to non-technical stakeholders?');
    expect(b).toBe('What helped you most when you were learning the financial side of project budgeting?');
  });
  it("asks about the person's own move when the user gave no goals", () => {
    const p = person('mover', {
      current: { title: 'Product Manager', company: 'Finch' },
      experience: [{ title: 'Product Manager', company: 'Finch', dates: 'Jan 2024 - Present' }, { title: 'Backend Engineer', company: 'Finch', dates: '2019 - 2023' }],
    });
    expect(writeQuestions(p, ME_EMPTY)[0]).toBe('What helped you most when you moved from Backend Engineer to Product Manager?');
  });
  it('turns noun-phrase goals into questions that still read', () => {
    const q = writeQuestions(person('x'), { shortTermGoal: 'A move into product management' });
    expect(q[0]).toBe('How would you approach a move into product management if you were starting today?');
  });
  it.each([['full', ME_FULL], ['sparse', ME_SPARSE], ['empty', ME_EMPTY]] as const)('gives two or three complete questions (%s me)', (_, me) => {
    for (const p of SYNTHETIC) {
      const qs = writeQuestions(p, me);
      expect(qs.length).toBeGreaterThanOrEqual(2);
      expect(qs.length).toBeLessThanOrEqual(3);
      for (const q of qs) {
        expect(q.endsWith('?')).toBe(true);
        expect(incomplete(q)).toEqual([]);
      }
      expect(new Set(qs).size).toBe(qs.length);
    }
  });
  it("tidies the user's own questions and keeps at most three", () => {
    expect(userQuestions(['- How did you start', '2) Why Kafka?', '  ', 'What next.', 'A fourth?'])).toEqual(['How did you start?', 'Why Kafka?', 'What next?']);
  });
});
