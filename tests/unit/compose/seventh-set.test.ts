/**
 * What a seventh set of pages and senders nobody tuned on turned up (s20, unseen-people-7.json): formal and casual goals, a
 * place and a hedge after a comma, words written as one or two, and a line that leans on the one before with "But".
 */
import { describe, expect, it } from 'vitest';
import { careerTarget } from '../../../lib/compose/aims';
import { quotable, topicOf } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { aimTerms, relevance, terms } from '../../../lib/compose/meaning';
import { asWritten } from '../../../lib/compose/titles';
import { unseenDraft } from './unseen';

describe('goals as senders write them', () => {
  it.each([
    ['I respectfully aim to obtain a position as Medical Science Liaison in oncology within the next eighteen months, preferably within my current company.', 'become a medical science liaison in oncology'],
    ['Move into a reservations or revenue analyst role in the next year, in Porto or Lisbon. I want to understand how room prices are set.', 'move into a reservations or revenue analyst role'],
    // The jobs named after it stay, hedge and all: the paired review preferred them (5 to 0).
    ['get into a cyber security job, SOC analyst or digital forensics maybe. doing the google cert at the moment', 'get into a cyber security job, SOC analyst or digital forensics maybe'],
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

  it('never quotes a line that opens "But", and says a job without its grade (r27: "an SOC analyst II")', () => {
    expect(quotable("But I don't miss telling a small business owner their money is gone.")).toBe(false);
    expect(asWritten('SOC Analyst I')).toBe('SOC analyst');
    expect(asWritten('Software Engineer III')).toBe('software engineer');
  });
});

describe('advice written to people doing what the sender is about to do', () => {
  const draft = unseenDraft;

  it('opens on it, asks what they would add, and names it in a note as advice', () => {
    const d = draft('rhianpritchardmusic', 'bernadette', 'message');
    expect(d.body).toMatch(/"If you're thinking of starting a choir: start small/);
    expect(d.body).toMatch(/What would you add for a retired nurse in my position\?/);
    // The sender's own question (eighth-set.test.ts), or what she founded beside her job; never how she ended up at her school.
    expect(d.body).toMatch(/How do I pick music for people who can't read it\?|What made you start Côr Cymunedol Penrhiw\?/);
    expect(d.body).not.toMatch(/How did you end up at/);
    expect(d.body).not.toMatch(/What convinced you that no auditions|write that Non-auditioned/);
    expect(draft('rhianpritchardmusic', 'bernadette', 'connection-note').body).toMatch(/your advice to people thinking of starting a choir\./);
  });

  it('a job is no field: "You work in cyber security", never "…in cyber security job"', () => {
    expect(draft('declan-fogarty-soc', 'euan', 'message').body).not.toMatch(/cyber security job, where|moving into cyber security job/);
  });

  it('a line whose subject is "not a single one of them" has no topic', () => {
    expect(topicOf('Not a single one of them was in a choir before September.')).toBe('');
    expect(topicOf("I believe everyone can sing and most people were told at school that they couldn't.")).toBe('');
  });
});
