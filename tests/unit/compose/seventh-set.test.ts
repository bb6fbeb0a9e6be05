/**
 * What a seventh set of pages and senders nobody tuned on turned up (s20, unseen-people-7.json): formal and casual goals, a
 * place and a hedge after a comma, words written as one or two, and a line that leans on the one before with "But".
 */
import { describe, expect, it } from 'vitest';
import { careerTarget } from '../../../lib/compose/aims';
import { quotable } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { aimTerms, relevance, terms } from '../../../lib/compose/meaning';
import { asWritten } from '../../../lib/compose/titles';

describe('goals as senders write them', () => {
  it.each([
    ['I respectfully aim to obtain a position as Medical Science Liaison in oncology within the next eighteen months, preferably within my current company.', 'obtain a position as Medical Science Liaison in oncology'],
    ['Move into a reservations or revenue analyst role in the next year, in Porto or Lisbon. I want to understand how room prices are set.', 'move into a reservations or revenue analyst role'],
    ['get into a cyber security job, SOC analyst or digital forensics maybe. doing the google cert at the moment', 'get into a cyber security job'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it('reads where a move of two jobs leads by the one that names a job', () => {
    expect(careerTarget('move into a reservations or revenue analyst role')).toBe('revenue analysis');
    expect(careerTarget('move into a cost management or QS team')).toBe('cost management');
  });
});

describe('words as people write them', () => {
  it('"cyber security" is cybersecurity; an HR business partner is no business owner', () => {
    expect([...terms('Cybersecurity analyst').stems].some((st) => terms('a cyber security job').stems.has(st))).toBe(true);
    expect(relevance(aimTerms('move to an HR business partner role'), 'Telling a small business owner their money is gone.')).toBe(0);
  });

  it('never quotes a line that opens "But", and keeps a grade\'s numeral', () => {
    expect(quotable("But I don't miss telling a small business owner their money is gone.")).toBe(false);
    expect(asWritten('SOC Analyst I')).toBe('SOC analyst I');
  });
});
