import { describe, expect, it } from 'vitest';
import { writeQuestions } from '../../../lib/compose';
import { goal, purpose, softLower } from '../../../lib/compose/people';
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
  it.each([
    // a bullet starts with a capital, unless its first word has capitals of its own
    ['- how did you move into a staff role?', 'How did you move into a staff role?'],
    ['why Kafka', 'Why Kafka?'],
    ['iOS or Android first', 'iOS or Android first?'],
    ['eBPF: where do I start', 'eBPF: where do I start?'],
  ])('userQuestions(%j) → %j', (typed, expected) => {
    expect(userQuestions([typed])).toEqual([expected]);
  });
  it.each([
    // a field or skill in title case is a name: never half lower-cased (ASK.md §1)
    ['Design Systems', '', 'What do you wish you had known when you started out in Design Systems?'],
    ['', 'Change Management', 'What helped you most when you were learning Change Management?'],
    ['', 'Design Thinking', 'What helped you most when you were learning Design Thinking?'],
    ['', 'Public speaking', 'What helped you most when you were learning public speaking?'],
  ])('their skill %j, my missing skill %j → %j', (skill, missing, question) => {
    expect(writeQuestions(person('q', { skills: skill ? [skill] : [] }), { missingSkills: missing ? [missing] : [] })).toContain(question);
  });
});

describe('goals read inside our sentences (ASK.md §1: every draft draws on them)', () => {
  it.each([
    ["I'd like to become an engineering manager", 'What would you focus on first if you wanted to become an engineering manager?'],
    ['I’d like to become an engineering manager', 'What would you focus on first if you wanted to become an engineering manager?'],
    ['I would love to lead a data team', 'What would you focus on first if you wanted to lead a data team?'],
    ['I am hoping to switch careers into UX', 'What would you focus on first if you wanted to switch careers into UX?'],
    // a goal about me is asked in my voice, never handed to them ("…if you wanted to ship my first product?")
    ["I'm aiming to ship my first product", 'What would you suggest I focus on first to ship my first product?'],
    ['improve my public speaking', 'What would you suggest I focus on first to improve my public speaking?'],
    ['I want a promotion in my team', 'How would you suggest I approach a promotion in my team?'],
    ['Learn Python', 'What would you focus on first if you wanted to learn Python?'],
    ['My goal is to become a staff engineer', 'What would you focus on first if you wanted to become a staff engineer?'],
    ['Goal: to speak at a conference', 'What would you focus on first if you wanted to speak at a conference?'],
    ['Transition into UX research', 'What would you focus on first if you wanted to transition into UX research?'],
    ['Be a mentor to junior developers', 'What would you focus on first if you wanted to be a mentor to junior developers?'],
    ['I want a move into product management', 'How would you approach a move into product management if you were starting today?'],
    ["I'm working towards a promotion", 'How would you approach a promotion if you were starting today?'],
  ])('short-term %j → %j', (shortTermGoal, question) => {
    expect(writeQuestions(person('x'), { shortTermGoal })[0]).toBe(question);
  });
  it.each([
    ['Be a mentor to junior developers', 'Which experiences best prepare someone to be a mentor to junior developers?'],
    ['Becoming a CTO', 'Which experiences best prepare someone for becoming a CTO?'],
    ['land my first team lead role in the next year', 'Which experiences would best prepare me to land my first team lead role in the next year?'],
  ])('long-term %j → %j', (longTermGoal, question) => {
    expect(writeQuestions(person('x'), { longTermGoal })).toContain(question);
  });
  it.each([
    ['I am hoping to switch careers', 'trying to switch careers'],
    ['I would love to lead a data team', 'trying to lead a data team'],
    ['A move into product', 'working towards a move into product'],
    // not usable as it stands: still "I", or a golden-rule phrase or a favour in our own draft (ASK.md §2, §4)
    ['I should become a manager', ''],
    ['find a mentor', ''],
    ["I'm looking for a mentor", ''],
    ['get a referral to a big tech company', ''],
    ['I want to find a mentor', ''],
  ])('purpose of %j → %j', (shortTermGoal, expected) => {
    expect(purpose({ shortTermGoal })).toBe(expected);
  });
  it('falls back to the long-term goal when the short-term one is unusable', () => {
    expect(purpose({ shortTermGoal: 'find a mentor', longTermGoal: 'lead a platform team' })).toBe('trying to lead a platform team');
    expect(goal('find a mentor')).toBeNull();
  });
  it.each([
    ['Transition into UX research', 'transition into UX research'],
    ['Getting better at SQL', 'getting better at SQL'],
    ['A move into product', 'a move into product'],
    ['Public speaking', 'public speaking'],
    ['Growth Marketing', 'Growth Marketing'],
    ['Python', 'Python'],
    ['SQL window functions', 'SQL window functions'],
    ['JavaScript testing', 'JavaScript testing'],
    ['I build things', 'I build things'],
    ['Design Systems', 'Design Systems'],
    ['Change Management', 'Change Management'],
    ['Design Thinking', 'Design Thinking'],
    ['Learning React hooks', 'learning React hooks'],
    ['Design for Health', 'Design for Health'],
  ])('softLower(%j) → %j (the first word judged on its own)', (input, expected) => {
    expect(softLower(input)).toBe(expected);
  });
});
