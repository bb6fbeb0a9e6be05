/**
 * What an eighth set of pages and senders nobody tuned on turned up (s21, unseen-people-8.json): goals typed formally, casually
 * and after who the sender is; "S&C" as one word; an offer too long to quote whole; a line of advice written as an order.
 */
import { describe, expect, it } from 'vitest';
import { askedAbout } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { terms } from '../../../lib/compose/meaning';
import { findOpeners, hiringPost } from '../../../lib/compose/openers';
import { senderQuestion } from '../../../lib/compose/typed-questions';
import { unseenDraft, unseenPerson, unseenSender } from './unseen';

const questions = (body: string) => body.split('\n').filter((l) => l.startsWith('- '));

describe('goals as senders typed them', () => {
  it.each([
    ['With due respect, I intend to complete the Chartered Insurance Institute (ACII) qualification and thereafter to secure a position in reinsurance underwriting, preferably with a reinsurer in Europe.', 'complete the Chartered Insurance Institute qualification'],
    ["I'm 41 and after 16 years of teaching I want to move into translation / localization (EN>ES), ideally remote. I'd like to get my first paid clients.", 'move into translation or localization'],
    ['get into s&c at a football club, even academy level or as an intern. i have my nasm cpt but no sport science degree', 'get into S&C at a football club'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it('"S&C" is one word, and "strength and conditioning" says it in full', () => {
    expect([...terms('Head of Strength & Conditioning').stems].some((st) => terms('get into S&C').stems.has(st))).toBe(true);
    expect(terms('FP&A role').stems.has('fp')).toBe(false);
  });
});

describe('lines written to people like the sender', () => {
  it('an offer too long to quote is quoted up to its dash, opens the draft and names the note', () => {
    const d = unseenDraft('fernanda-duarte-l10n', 'gabriela');
    expect(d.body).toMatch(/"If you're a language teacher thinking about translation or localization, DM me"/);
    // What the offer says they would tell first, then what they would tell someone like her (s23 paired review).
    expect(questions(d.body)).toEqual(['- What are the money, the hours and the first year really like?', '- What would you tell an English teacher who wants to move into translation?']);
    expect(unseenDraft('fernanda-duarte-l10n', 'gabriela', 'connection-note').body).toMatch(/your offer to language teachers/);
  });

  it('"Every June I get messages from new planning graduates asking how to get a first job" is a post on how to', () => {
    expect(askedAbout('Every June I get messages from new planning graduates asking how to get a first job')).toBe('how to get a first job');
    // Her invitation to planning graduates leads (invitations.test.ts); the post is there to pick, named by what it is on.
    const names = findOpeners(unseenPerson('aline-uwase-planner'), unseenSender('hanna').me).map((o) => o.name);
    expect(names).toContain('your post on how to get a first job');
    expect(unseenDraft('aline-uwase-planner', 'hanna').body).not.toMatch(/How did you grow up/);
  });

  it('a hiring post that says whom a unit is taking is named by them', () => {
    expect(hiringPost("📢 We're recruiting! The City of Kigali Urban Planning Unit is taking 4 Graduate Trainee Planners for a 12-month paid programme starting in September.")).toBe('4 graduate trainee planners');
  });
});

describe('their move, past an internship', () => {
  it('from personal trainer into S&C, told on their page: what they would do differently', () => {
    const d = unseenDraft('pieter-janssens-sc', 'tariq');
    expect(d.fit.level).toBe('good');
    expect(d.body).toMatch(/What would you do differently if you moved from personal trainer to strength and conditioning coach/);
    expect(d.body).not.toMatch(/How did you end up at/);
  });
});

describe('advice written as an order', () => {
  it('is quoted as written, never "you write that let …", and "So most of my work…" is no view to ask about', () => {
    const d = unseenDraft('shermaine-lim-ot', 'sujata');
    expect(d.body).not.toMatch(/write that let|that so most/i);
    expect(d.body).toMatch(/"Let the parent do it in the session while you coach"/);
  });
});

describe('a question the sender typed inside their goal', () => {
  it.each([
    ['get into s&c at a football club. also dont know if i should do coaching badges or an s&c cert first', 'Should I do coaching badges or an S&C cert first?'],
    ['Not sure if I should look for a producer job at a studio or pitch my own series as a freelancer, and I don\'t really know how.', 'Should I look for a producer job at a studio or pitch my own series as a freelancer?'],
    ["I don't know which certificate counts in Cyprus or whether I'm too old to learn the electrical side.", 'Which certificate counts in Cyprus?'],
    ["start a small choir, not sure how to pick music for people who can't read it", "How do I pick music for people who can't read it?"],
    ['Get better at presenting to executives, my last two roadmap reviews went badly.', ''],
  ])('senderQuestion(%j) → %j', (goal, want) => expect(senderQuestion(goal)).toBe(want));

  it('is asked first of someone whose page is squarely on the goal, and of no one else', () => {
    expect(questions(unseenDraft('pieter-janssens-sc', 'tariq').body)[0]).toBe('- Should I do coaching badges or an S&C cert first?');
    // A co-founder of a fintech, to a retired nurse starting a choir: her question is not for him.
    expect(unseenDraft('seun-adeyemi-tutuchain', 'bernadette').body).not.toMatch(/pick music/);
  });
});

describe('a question the sender typed, about a place', () => {
  it('goes only to someone there: never "Which certificate counts in Cyprus?" to an installer in Lebanon', () => {
    expect(unseenDraft('elie-khoury-solarpv', 'andreas').body).not.toMatch(/Cyprus\?/);
  });
});
