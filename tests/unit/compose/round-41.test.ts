/**
 * r41: set 37 (six new senders on the shared fixtures' own pages: a tester moving into performance testing, a project coordinator
 * at a steel maker after a scrum master role, an MBA applicant, a nurse founding a charity, a county procurement officer
 * publishing tenders as an open dashboard, a cellist with an app idea), scored blind before any fix: "working towards by the
 * next financial year I have.", "a coordinadora de proyectos", "automation + performance testing", "submiting", "Should I find
 * one first", and set 36's "You also write that you mentor junior engineers…, so I thought of you" to a senior engineer.
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { goal } from '../../../lib/compose/goals';
import { goalCut } from '../../../lib/compose/ask';
import { gerund, goalGerund, quotable } from '../../../lib/compose/clauses';
import { senderQuestions } from '../../../lib/compose/typed-questions';
import { achieved, lineQuestion, taughtBy } from '../../../lib/compose/line-questions';
import { titleInEnglish } from '../../../lib/compose/glossary';
import { withoutMine } from '../../../lib/compose/text';
import { inTech } from '../../../lib/compose/sector';
import { SET36_SENDERS, SET37_SENDERS, UNSEEN_SETS } from './unseen';
import { readFixtures, UNSEEN_SENDERS } from './senders';
import { NOW } from './profiles';

type Channel = 'message' | 'connection-note' | 'inmail' | 'email';
const questionsOf = (body: string) => [...body.matchAll(/^- (.+)$/gm)].map((m) => m[1]!);
const shared = readFixtures().filter((f) => f.profile.fullName);
/** A draft from a sender of a set to a shared fixture, as the popup makes it. */
const draftOf = (senders: typeof SET37_SENDERS) => (fixture: string, sender: string, channel: Channel = 'message') => {
  const s = senders.find((x) => x.id.startsWith(sender))!;
  return composeAsk({ profile: shared.find((f) => f.name === fixture)!.profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone }).body;
};
const draft36 = draftOf(SET36_SENDERS);
const draft37 = draftOf(SET37_SENDERS);
const CHANNELS: Channel[] = ['message', 'connection-note', 'inmail', 'email'];
/** A message from a sender to a person of an older set (UNSEEN_SETS by index), each by its id. */
const setDraft = (set: number, slug: string, sender: string) => {
  const s = UNSEEN_SETS[set]!;
  const me = s.senders.find((x) => x.id === sender)!;
  return composeAsk({ profile: s.people.find((p) => p.slug === slug)!, me: me.me, channel: 'message', now: NOW, myTimeZone: me.myTimeZone }).body;
};

describe('goals as typed (set 37)', () => {
  it.each([
    ['By the next financial year I have to publish our tenders and contract awards as an open dashboard the public can check. My worry is…', 'publish our tenders and contract awards as an open dashboard the public can check'],
    ['Move to automation + performance testing. Release crashed on payday traffic last month.', 'move to automation and performance testing'],
    ['I want to pass from project coordination in manufacturing to a scrum master role in a software team in the next 12 months.', 'move from project coordination in manufacturing to a scrum master role in a software team'],
    ['I intend to submit applications to three or four international MBA programmes in the coming admissions cycle, ideally a programme with a strong global cohort.', 'submit applications to three or four international MBA programmes'],
  ])('reads %j as %j', (typed, said) => {
    expect(goal(typed)?.text).toBe(said);
  });
  it('says no move from the sender\'s own work, which their role says already ("a project coordinator, working to move from project coordination")', () => {
    for (const f of shared) expect(draft37(f.name, 'steel-project')).not.toMatch(/a project coordinator[^.]*, working to move from project coordination/);
    expect(draft37('ember-2024-a', 'steel-project')).toMatch(/working to move to a scrum master role in a software team/);
  });
  it('cuts a move from a job with its place to where it leads, never "moving from project coordination"', () => {
    expect(goalCut('moving from project coordination in manufacturing to a scrum master role in a software team')).toBe('moving to a scrum master role in a software team');
  });
  it('says a Spanish job title in English', () => {
    expect(titleInEnglish('Coordinadora de Proyectos')).toBe('Project Coordinator');
  });
  it('"submitting", "learning what…", never "submiting" or "understanding what…"', () => {
    expect(gerund('submit applications')).toBe('submitting applications');
    expect(goalGerund('understand what backend engineers do')).toBe('learning what backend engineers do');
  });
  it('"publish tenders and contract awards", never "a tenders"', () => {
    expect(withoutMine('publish our tenders and contract awards')).toBe('publish tenders and contract awards');
  });
  it('no draft of set 37 pastes a goal in pieces', () => {
    for (const f of shared) for (const s of SET37_SENDERS) for (const ch of CHANNELS) {
      expect(draft37(f.name, s.id, ch)).not.toMatch(/towards by the|\bI have\.|coordinadora|\+ performance|submiting|in the coming admissions\b|a tenders|moving from project coordination\./i);
    }
  });
});

describe('questions the sender typed, said whole, and asked of whom they fit (set 37)', () => {
  it.each([
    ['Where to start: k6 or JMeter? Or learn to code properly first?', 'Should I start with k6 or JMeter?'],
    ['Where do I start: agreeing the definitions, or building the tool?', 'Should I start by agreeing the definitions, or by building the tool?'],
    ["I can't code and I don't have a technical co-founder. Should I find one first, or pay someone to build a small first version and test it with studios I already work with?", 'Should I find a technical co-founder first, or pay someone to build a small first version?'],
    ['Specifically: to what extent did the programme itself, as opposed to your prior experience, open the door to growth strategy work?', 'To what extent did the programme itself open the door to growth strategy work?'],
  ])('reads %j as %j', (typed, asked) => {
    expect(senderQuestions(typed)[0]).toBe(asked);
  });
  it('asks the tester\'s own question of someone whose load tests run on every release, after how they got there', () => {
    const qs = questionsOf(draft37('ember-2024-b', 'manual-qa'));
    expect(qs).toContain('Should I start with k6 or JMeter?');
    expect(qs).toContain('How did you get your load tests to run on every release?');
  });
  it('asks a foundation\'s chair about a first board, opening on her work there', () => {
    const body = draft37('public-2026-a', 'renal-nurse');
    expect(questionsOf(body)).toContain('How do you find the first board members when nobody knows you yet?');
    expect(body).toMatch(/your work as co-chair at Hoa Sen Foundation/);
  });
  it('asks a co-founder whether to find a technical co-founder, and someone who went to business school about the MBA', () => {
    expect(questionsOf(draft37('public-2023-a', 'cellist'))).toContain('Should I find a technical co-founder first, or pay someone to build a small first version?');
    expect(questionsOf(draft37('sdui-2026-b', 'mba-applicant', 'inmail')).join(' ')).toMatch(/To what extent did the programme itself open the door/);
  });
  it('never asks the nurse\'s question about a board of someone who runs no charity', () => {
    for (const f of ['ember-2024-a', 'ember-2024-d', 'sdui-2026-self']) expect(draft37(f, 'renal-nurse')).not.toMatch(/first board members/);
  });
});

describe('lines that answer what the sender asks (set 37)', () => {
  it('opens on the line about the definitions behind every metric, to someone asking whether to agree definitions first', () => {
    const body = draft37('ember-2024-d', 'county-procurement', 'inmail');
    expect(body).toMatch(/your line on dashboards/);
    expect(questionsOf(body)).toContain('Should I start by agreeing the definitions, or by building the tool?');
  });
  it('asks no move or promotion as a thing done, and keeps a people\'s capital', () => {
    expect(achieved('Moved from a 160-cow all-year-round herd selling to a milk buyer to a 72-cow grazing herd.')).toBe('');
    expect(taughtBy('Promoted to Head Teacher in 2015.', 'becoming a curriculum specialist')).toBe('');
    expect(lineQuestion('Japanese students are often quiet at first.')).toMatch(/that Japanese students/);
  });
});

describe('after the r41a paired review', () => {
  it('never quotes a line whose quotation is opened and never closed', () => {
    expect(quotable("A woman stopped me at Mile 1 market and said 'na you write that borehole story?")).toBe(false);
    expect(quotable("Many wind companies say 'we need technicians!' and in the same week ask for 2 years of experience for a junior job.")).toBe(true);
  });
  it('gives as the reason a line on reviewing applicants, to a sender after a job', () => {
    expect(setDraft(27, 'beatriz-nogueira-ux', 'accountant-to-dev-monterrey')).toMatch(/You also write that you reviewed around 60 portfolios for your open role/);
  });
  it('gives "pairing with analysts" as the reason to someone moving into data analytics', () => {
    const f = readFixtures().find((x) => x.name === 'ember-2024-d')!;
    const s = UNSEEN_SENDERS.find((x) => x.id === 'ops')!;
    expect(composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone }).body).toMatch(/You also write that you enjoy pairing with analysts/);
  });
  it('asks no sender\'s question of a page on the strength of "projects" alone, and still of an interior designer', () => {
    expect(setDraft(25, 'hannah-okafor-interiors', 'hotel-to-interiors')).toMatch(/first projects free for friends/);
    expect(setDraft(25, 'ciaranwhelan-mrics', 'hotel-to-interiors')).not.toMatch(/first projects free for friends/);
  });
});

describe('why this person (sets 36 and 37)', () => {
  it('says the place a relocating sender is moving to, where they live there', () => {
    for (const f of ['ember-2024-a', 'ember-2024-b', 'ember-2024-d']) expect(draft36(f, 'senior-eng-relocating')).toMatch(/You're in Stockholm, where I'm moving\./);
    expect(draft36('sdui-2026-self', 'senior-eng-relocating')).not.toMatch(/where I'm moving/);
  });
  it('never gives a senior engineer "you mentor junior engineers" as the reason, nor "data products" to a product designer', () => {
    for (const f of shared) {
      expect(draft36(f.name, 'senior-eng-relocating')).not.toMatch(/You also write that you mentor junior engineers/);
      expect(draft36(f.name, 'product-designer')).not.toMatch(/You also write that you build data products/);
    }
  });
  it('gives no reason that shares only a field with the goal ("code review as a teaching tool", to an analyst or a recruiter)', () => {
    for (const f of shared) for (const s of ['analyst-unsure', 'tech-recruiter']) expect(draft36(f.name, s)).not.toMatch(/You also write that you care about code review/);
  });
  it('gives no second line as the reason beside an opening squarely on the goal that it only touches', () => {
    expect(draft37('ember-2024-b', 'manual-qa')).not.toMatch(/You also write that you enjoy turning vague product ideas/);
  });
  it('reads consumer products and MBA programmes as no software work', () => {
    expect(inTech('Assistant Brand Manager, Oduduwa Consumer Products Plc')).toBe(false);
    expect(inTech('submit applications to three or four international MBA programmes')).toBe(false);
    expect(inTech('a product manager at a software company')).toBe(true);
  });
  it('a recruiter\'s note says she is learning what engineers do, never "a recruiter, understanding what…"', () => {
    for (const f of shared) expect(draft36(f.name, 'tech-recruiter', 'connection-note')).not.toMatch(/, understanding what/);
  });
});
