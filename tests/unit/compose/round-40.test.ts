/**
 * r40: set 34 (people and senders in fields nobody tuned on: a SOC analyst, a structural engineer, a UX researcher who was a
 * reporter, an indie game developer, a local reporter, a hospice fundraiser who was an AE, a software AE who was an engineer,
 * an IT audit manager), scored blind before any fix: three offers to talk written to the very sender went unused, a move into
 * UX research read as none, "your line on things fundraising", "Your work in CPEng", "an SOC analyst L1". Then set 35 (a hotel
 * revenue manager, an electrician who owns his business, a teacher turned instructional designer, a procurement manager, a
 * chef-owner…): offers phrased "Always up for a virtual coffee with…" and "My inbox is open to…" missed, "buisness" pasted into
 * every draft, "You were a senior buyer too" to a junior buyer, a quote cut before its "but". Then set 36 (new senders on the
 * shared fixtures' own pages): "working towards We are relocating to Stockholm…", "what ML engineers do day", "data enginer".
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { aOrAn } from '../../../lib/compose/text';
import { asWritten } from '../../../lib/compose/titles';
import { goal } from '../../../lib/compose/goals';
import { invitationIn, invitedName, kindsIn } from '../../../lib/compose/invitation';
import { senderQuestions } from '../../../lib/compose/typed-questions';
import { mainClause, topicOf } from '../../../lib/compose/clauses';
import { titleInEnglish } from '../../../lib/compose/glossary';
import { relevance, terms } from '../../../lib/compose/meaning';
import { goalCut } from '../../../lib/compose/ask';
import { hiringPost } from '../../../lib/compose/openers';
import { withSpelling } from '../../../lib/compose/spelling';
import { SET36_SENDERS, UNSEEN_SETS, unseenDraft } from './unseen';
import { readFixtures } from './senders';
import { NOW } from './profiles';

const SET34 = UNSEEN_SETS[31]!;
const SET35 = UNSEEN_SETS[32]!;
const questionsOf = (body: string) => [...body.matchAll(/^- (.+)$/gm)].map((m) => m[1]!);
type Channel = 'message' | 'connection-note' | 'inmail' | 'email';
/** One draft as the popup makes it, from a sender to a person of one set, each found by the start of its id. */
const draftIn = (set: typeof SET34) => (slug: string, sender: string, channel: Channel = 'message') => {
  const s = set.senders.find((x) => x.id.startsWith(sender))!;
  return composeAsk({ profile: set.people.find((p) => p.slug.startsWith(slug))!, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone }).body;
};
const draft34 = draftIn(SET34);

describe('offers to talk written to the sender (set 34)', () => {
  it('reads "Happy to chat with …" up to a new clause, and past a short aside in brackets', () => {
    expect(invitationIn('Happy to chat with people moving into research from journalism, design or teaching, I remember how confusing the first step was.')?.whom).toBe('people moving into research from journalism, design or teaching');
    expect(invitationIn('Happy to chat with anyone in sales wondering whether their skills would transfer to charities (they do), or anyone early in sales working out the jump from SDR to AE.')?.whom).toMatch(/jump from SDR to AE$/);
  });
  it('names whom it is for in a few words, never "people early"', () => {
    expect(invitedName('people moving into research from journalism, design or teaching')).toBe('people moving into research');
    expect(invitedName('anyone early in sales working out the jump from SDR to AE')).toBe('people early in sales working out the jump from SDR to AE');
    expect(kindsIn('a journalist (or a teacher, or a nurse, or anyone who explains complicated things for a living) thinking about moving into comms')).toHaveLength(1);
  });
  it.each([
    ['lerato', 'helpdesk-to-soc', /^I'm taking you up on your offer to accountants or IT people\.|^You wrote "Happy to chat with accountants or IT people/m],
    ['lerato', 'no-profile', /your offer to accountants|You wrote "Happy to chat with accountants/],
    ['rosie', 'sdr-to-ae', /your offer to people working out the jump from SDR to AE/],
    ['nadia', 'designer-to-ux', /You wrote "Happy to chat with people moving into research from journalism, design or teaching", so here I am/],
  ])('%s, to %s, opens on the offer', (slug, sender, said) => {
    expect(draft34(slug, sender)).toMatch(said);
  });
  it('an offer to people moving into research from design is no offer to an accountant', () => {
    expect(draft34('nadia', 'no-profile')).not.toMatch(/offer|You wrote "Happy to chat/);
  });
});

describe('moves and the way in (set 34)', () => {
  it('"within a year or so" is a time, so the move into UX research is found', () => {
    expect(goal('Move from graphic design into UX research within a year or so.')?.text).toBe('move from graphic design into UX research');
    const body = draft34('tomasz', 'designer-to-ux');
    expect(questionsOf(body)).toContain('What helped most when you moved into UX research?');
    // Never what "UX people" should understand, asked of someone who was one, nor "ux" in lower case.
    expect(body).not.toMatch(/UX people|\bux\b/);
  });
  it('asks the question she typed on the way in of someone who moved into UX research', () => {
    expect(questionsOf(draft34('tomasz', 'designer-to-ux'))).toContain("Do I need a master's first, or is a portfolio of case studies enough?");
  });
  it('says a Spanish title in English, and the sender\'s own move opens the draft', () => {
    expect(titleInEnglish('Técnico de Soporte IT')).toBe('IT Support Technician');
    expect(draft34('andres', 'helpdesk-to-soc')).toMatch(/^I noticed your move from IT support technician to SOC analyst\./m);
  });
  it('asks what they typed of someone whose page speaks to it by many words, though the goal itself is not on their page', () => {
    expect(senderQuestions("Get my CPEng in the next few years and move into building structures, I'm also curious whether engineering software or technical sales is a real option for engineers or a dead end")).toEqual(['Is engineering software or technical sales a real option for engineers or a dead end?']);
    expect(questionsOf(draft34('marcus', 'grad-civil', 'inmail'))).toContain('Is engineering software or technical sales a real option for engineers or a dead end?');
  });
  it('never claims a line named "moving into sales" bears on leading structural design', () => {
    expect(draft34('marcus', 'grad-civil', 'inmail')).not.toMatch(/bears on that/);
  });
  it('never asks what a move into sales taught them about getting promoted', () => {
    expect(draft34('marcus', 'sdr-to-ae')).not.toMatch(/taught you about getting promoted/);
  });
});

describe('what a draft calls things (set 34)', () => {
  it('"Things fundraising taught me…" is on what fundraising taught them', () => {
    expect(topicOf('Things fundraising taught me that sales never did: some of the best relationships take three years before anyone mentions money.')).toBe('what fundraising taught you');
  });
  it('a charter is no field: "You hold the CPEng I\'m working towards", and it is worked towards, not studied for', () => {
    const body = draft34('sione', 'grad-civil');
    expect(body).not.toMatch(/work in CPEng/);
    expect(body).toMatch(/You hold the CPEng I'm working towards\./);
    expect(questionsOf(body)).toContain('What helped most when you were working towards your CPEng?');
  });
  it.each([
    ['SOC analyst', 'a'],
    ['SIEM engineer', 'a'],
    ['SRE', 'an'],
    ['MSc student', 'an'],
  ])('%s takes "%s"', (phrase, article) => {
    expect(aOrAn(phrase)).toBe(article);
  });
  it('drops a grade written as a level: "SOC Analyst L1" is a SOC analyst', () => {
    expect(asWritten('SOC Analyst L1')).toBe('SOC analyst');
    for (const s of SET34.senders) expect(draft34('andres', s.id)).not.toMatch(/\ban SOC\b|\bL1\b/);
  });
  it('a reporter writes no weekly report', () => {
    expect(relevance(terms('automate month-end reporting'), 'I have been a reporter at the Ledger since 2019')).toBe(0);
  });
});

describe('set 35', () => {
  const draft35 = draftIn(SET35);
  it('reads "Always up for a virtual coffee with…" and "My inbox is open to…" as offers to talk, to whom they name', () => {
    expect(invitationIn('Always up for a virtual coffee with teachers who are wondering if there is life after the classroom.')?.whom).toBe('teachers who are wondering if there is life after the classroom');
    expect(draft35('rachel', 'teacher')).toMatch(/^You wrote "Always up for a virtual coffee with teachers/m);
    expect(draft35('rachel', 'teacher', 'connection-note')).toMatch(/^Hi Rachel, I'm taking you up on your offer to teachers\. I'm Megan, a [A-Za-z ]*teacher, looking to land an instructional design role\./);
    expect(draft35('rohit', 'junior-buyer')).toMatch(/your offer to young buyers/);
  });
  it('asks the question a buyer typed when the offer names it ("…deciding whether CIPS is worth it")', () => {
    expect(questionsOf(draft35('rohit', 'junior-buyer'))).toContain('Should I do the CIPS diploma first or apply straight away?');
  });
  it('"If that\'s you…, write to me" is an offer to whom the sentence before names', () => {
    expect(unseenDraft('anamaria-rusu-vin', 'levan').body).toMatch(/^I'm taking you up on your offer to bartenders\./m);
  });
  it('their step from a trade to owning the business opens a draft to someone set on a business of their own', () => {
    expect(draft35('kyle', 'plumber')).toMatch(/^I noticed your move from journeyman electrician to owner and master electrician, the kind of step I'm hoping to make\./m);
  });
  it('mends a few common misspellings in what the sender typed, and nothing else', () => {
    expect(withSpelling({ shortTermGoal: 'Start my own plumbing buisness, Buisness plan first', whatIDo: 'Hartley Plumbing' })).toEqual({ shortTermGoal: 'Start my own plumbing business, Business plan first', whatIDo: 'Hartley Plumbing' });
    for (const s of SET35.people) expect(draft35(s.slug, 'plumber')).not.toMatch(/buisness/);
  });
  it.each([
    ['land an instructional design or learning and development role', 'land an instructional design role'],
    ['move up from junior buyer to a category buyer role for direct materials', 'move up to a category buyer role for direct materials'],
  ])('cuts "%s" to "%s"', (g, cut) => {
    expect(goalCut(g)).toBe(cut);
  });
  it('says their past job without its rank: never "a senior buyer too" to a junior buyer', () => {
    for (const p of SET35.people) expect(draft35(p.slug, 'junior-buyer')).not.toMatch(/You were a senior buyer too/);
  });
  it('names whom a hiring post hires as a person says it, and nothing that is no hire', () => {
    expect(hiringPost("We're hiring a Sous Chef at Hẻm Kitchen. Full time, 4 days on, 3 off.")).toBe('a sous chef at Hẻm Kitchen');
    expect(hiringPost('Hiring: Data Engineer (mid-level) for the supply chain data team at Tiendas Andinas, Santiago, hybrid.')).toBe('a data engineer for the supply chain data team at Tiendas Andinas');
    expect(hiringPost("We're recruiting: Fully funded PhD scholarship in my lab. Apply by June.")).toBe('');
  });
  it('never quotes a clause cut before its "but"', () => {
    expect(mainClause('Nobody in corporate cares about your classroom management, but everybody secretly needs it when an expert goes silent.')).toBe('');
    for (const s of SET35.senders) expect(draft35('rachel', s.id)).not.toMatch(/"Nobody in corporate cares about your classroom management"/);
  });
  it('"an FP&A role"', () => {
    expect(aOrAn('FP&A role')).toBe('an');
  });
});

describe('set 36: new senders on the shared pages', () => {
  const shared = readFixtures().filter((f) => f.profile.fullName);
  const draft36 = (fixture: string, sender: string, channel: Channel = 'message') => {
    const s = SET36_SENDERS.find((x) => x.id.startsWith(sender))!;
    return composeAsk({ profile: shared.find((f) => f.name === fixture)!.profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone }).body;
  };
  it.each([
    ['We are relocating to Stockholm in about four months because my wife has accepted a research position there, and I want to line up a senior backend role before we move, ideally at a bank.', 'line up a senior backend role in Stockholm'],
    ['Understand what backend, data and ML engineers actually do day to day, well enough to screen candidates properly.', 'understand what backend, data and ML engineers actually do day to day'],
  ])('reads %j as %j', (typed, said) => {
    expect(goal(typed)?.text).toBe(said);
  });
  it('never cuts "day to day" at its "to"', () => {
    expect(goalCut('understand what backend, data and ML engineers actually do day to day')).toBe('understand what backend, data and ML engineers actually do day to day');
  });
  it('writes "i" and "dont" as in print in English, and leaves other languages and capitals alone', () => {
    expect(withSpelling({ shortTermGoal: 'figure out if i should move to data enginer. i dont know airflow and im scared' }).shortTermGoal).toBe("figure out if I should move to data engineer. I don't know airflow and I'm scared");
    expect(withSpelling({ shortTermGoal: 'Vull ser enginyer i treballar a Barcelona' }).shortTermGoal).toBe('Vull ser enginyer i treballar a Barcelona');
    expect(withSpelling({ shortTermGoal: 'IM Group and DONT Panic want to hire me' }).shortTermGoal).toBe('IM Group and DONT Panic want to hire me');
  });
  it('asks what the sender only implies, as a question ("how much Swedish I really need")', () => {
    const qs = senderQuestions('I want to line up a senior backend role before we move, while also understanding how Swedish teams work day to day, how much Swedish I really need, and whether keeping my Cairo job remotely is sensible.');
    expect(qs).toContain('How much Swedish do I really need?');
    expect(qs).not.toContain('How much Swedish I really need?');
  });
  it('asks someone in Sweden what the sender asks about Swedish, and never says "We are relocating" as a goal', () => {
    for (const f of shared) for (const ch of ['message', 'connection-note'] as const) expect(draft36(f.name, 'senior-eng-relocating', ch)).not.toMatch(/We are relocating|towards We/);
    expect(questionsOf(draft36('ember-2024-b', 'senior-eng-relocating'))).toContain('How much Swedish do I really need?');
  });
  it('says who the sender is by their role, never by the first item of a list of what they teach ("I teach regression")', () => {
    for (const f of shared) expect(draft36(f.name, 'lecturer')).not.toMatch(/I teach regression/);
    expect(draft36('ember-2024-b', 'lecturer')).toMatch(/I'm Aylin Demir, a senior lecturer in statistics/);
  });
  it('reads a question typed of whom they hire ("Do hiring managers take a lecturer seriously, or should I…?")', () => {
    expect(senderQuestions('Move into an applied machine learning role in industry. Do hiring managers take a lecturer seriously, or should I first take a contract role?')).toContain('Do hiring managers take a lecturer seriously?');
  });
  it('an analyst unsure about data engineering is asked of someone who pairs with analysts, in words spelled right', () => {
    const body = draft36('ember-2024-d', 'analyst-unsure');
    expect(questionsOf(body)).toContain('When you pair with analysts, what do people new to data engineering most often lack?');
    expect(body).not.toMatch(/enginer|\bi should\b/);
  });
});
