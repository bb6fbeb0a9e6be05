/**
 * What a ninth set of pages and senders nobody tuned on turned up (s21, unseen-people-9.json; a blind review of it before any
 * fix averaged 2.82 of 5): a request before the goal, a second aim with its own "to", a deadline without "the", "Looking for 4
 * harvest interns", a move within one word of the sender's job, an article on the very goal, legal forms of central Europe.
 */
import { describe, expect, it } from 'vitest';
import { goal } from '../../../lib/compose/goals';
import { orgName } from '../../../lib/compose/names';
import { hiringPost } from '../../../lib/compose/openers';
import { unseenDraft } from './unseen';

const questions = (body: string) => body.split('\n').filter((l) => l.startsWith('- '));

describe('goals as senders typed them', () => {
  it.each([
    ['I would be grateful for advice regarding the transition from banking risk analysis to the actuarial profession. My objective is to obtain the position of Actuarial Analyst at a life or general insurance company within the next twelve months and to commence the professional examinations.', 'become an actuarial analyst at a life or general insurance company'],
    ['To become a fully qualified actuary and to contribute to the development of the insurance market of the Republic of Kazakhstan.', 'become a fully qualified actuary'],
    ['finish my BPharm top-up at UNZA (part time, 2 years left) and get promoted to branch manager by end of next year', 'finish my BPharm top-up at UNZA and get promoted to branch manager'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));
});

describe('their page as they wrote it', () => {
  it.each([
    ["🍇 HARVEST 2025 – we're looking for 4 harvest interns!\nWhen: ~1 September", '4 harvest interns'],
    ["We're looking for someone who loves data.", ''],
    // Over a list, whom its first line names, never "hiring Vitosha Pixel Works is looking for".
    ["We're hiring! 🚀 Vitosha Pixel Works is looking for:\n• Senior Nuke Compositors (3 positions)", 'senior nuke compositors'],
  ])('hiringPost(%j) → %j', (text, want) => expect(hiringPost(text)).toBe(want));

  it('drops the legal forms of central Europe, and says "the" before "Judiciary of …"', () => {
    expect(orgName('Dunaj Životná poisťovňa, a.s.')).toBe('Dunaj Životná poisťovňa');
    expect(orgName('Infobit d.o.o.')).toBe('Infobit');
    expect(orgName('Judiciary of the Hong Kong SAR')).toBe('the Judiciary of the Hong Kong SAR');
  });
});

describe('drafts to people who fit', () => {
  it('a winemaker hiring harvest interns, to a bartender after a harvest: what makes a newcomer stand out', () => {
    const d = unseenDraft('anamaria-rusu-vin', 'levan');
    // Or, since r40, her offer to bartenders in her About ("If that's you and you want to see how wine is actually made,
    // write to me"), with the hiring post asked about all the same.
    expect(d.body).toMatch(/your post on hiring 4 harvest interns|your offer to bartenders/);
    expect(d.body).toMatch(/When you hire harvest interns, what makes someone just starting out stand out\?/);
    expect(d.body).not.toMatch(/write to you|so I thought of you/);
  });

  it('an actuary who moved from credit risk, to a credit risk analyst: how she made it', () => {
    const d = unseenDraft('martina-kovacova-fsa', 'aigerim');
    // How she made the move, or how she got through the exams (the qualification question, below): never the motive.
    // Or the choice her page offers to help with (s22: a paired review preferred it to the exams she already writes about).
    expect(d.body).toMatch(/What helped most when you (?:moved from junior credit risk analyst to actuarial analyst|were studying for your FSA)\?|How would you choose between SOA and IFoA\?/);
    expect(d.body).not.toMatch(/development of the insurance|How did you end up at/);
  });

  it('an article on the very goal is asked what took longest, never to "apply that idea" to itself', () => {
    const d = unseenDraft('winnie-cheung-court-interpreter', 'ndapewa');
    expect(questions(d.body)[0]).toBe('- Which part of that took you longest to get right?');
    expect(d.body).not.toMatch(/apply that idea/);
  });

  it('a move that only shares the sender\'s kind of job is no move of the sender\'s (a nurse educator, to a ward manager)', () => {
    expect(unseenDraft('aoife-brennan-rn', 'grace-nurse-ed').body).not.toMatch(/What helped most when you moved from staff nurse/);
  });
});

describe('a qualification they hold that the sender is working towards', () => {
  it('is asked how they got through it, by its letters, never by half of "FP&A"', () => {
    expect(unseenDraft('luc-schmit-5b83a217', 'tanvir').body).toMatch(/What helped most when you were studying for your ACII\?/);
    expect(unseenDraft('martina-kovacova-fsa', 'grace-nurse-ed').body).not.toMatch(/studying for your FSA\?/);
    expect(unseenDraft('lucienavratilova', 'petra').body).not.toMatch(/studying for your/);
  });
});

describe('a CV fragment with no verb', () => {
  it('never opens a draft over a line squarely on the goal, and a line leaning on "So" is said back without it', () => {
    const d = unseenDraft('shermaine-lim-ot', 'sujata');
    expect(d.body).toMatch(/^Hi Shermaine,\n\nI read your line "Let the parent do it in the session while you coach"/);
    expect(d.body).not.toMatch(/that so most|your work as a senior occupational therapist/);
  });
});
