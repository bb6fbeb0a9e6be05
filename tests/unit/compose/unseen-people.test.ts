/**
 * Pages the composer was never tuned on: eight fictional profiles and six senders written by a helper who saw no code
 * (unseen-people.json; people as LinkedIn shows them: CV bullets without "I", "Title, Speciality" job titles, curly
 * apostrophes, "Unpopular opinion: …" posts, goals with a deadline or a comma of context). What reading their drafts
 * turned up is kept fixed here, as properties of every draft and as tables of the pieces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { entryField } from '../../../lib/compose/bridge';
import { quotableSentences, topicOf, withSubject } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { asWritten } from '../../../lib/compose/titles';
import { ProfileSchema } from '../../../lib/linkedin/schema';
import { MeSchema } from '../../../lib/settings/schema';
import { CHANNELS } from '../../../lib/tracker/schema';
import { NOW } from './profiles';

const data = JSON.parse(readFileSync(join(__dirname, 'unseen-people.json'), 'utf8')) as { profiles: unknown[]; senders: { id: string; me: unknown; myTimeZone: string }[] };
const PEOPLE = data.profiles.map((p) => ProfileSchema.parse(p));
const SENDERS = data.senders.map((s) => ({ ...s, me: MeSchema.parse(s.me) }));
const drafts = PEOPLE.flatMap((p) => SENDERS.flatMap((s) => CHANNELS.map((channel) => ({ who: `${p.slug} ${s.id} ${channel}`, d: composeAsk({ profile: p, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone }) }))));

describe(`drafts to people nobody tuned on (${drafts.length})`, () => {
  it('say the goal without what the user added after it, and without its deadline', () => {
    for (const { who, d } of drafts) expect(d.body, who).not.toMatch(/roadmap reviews went badly|in the next 6 months|before (?:a|our) next sales push/);
  });

  it('write job titles as a person does: no "Scientist, pricing", no "Analyst, credit risk"', () => {
    for (const { who, d } of drafts) expect(d.body, who).not.toMatch(/\b\p{Ll}+ (?:Scientist|Manager|Analyst|Engineer|Designer|Director)\b|\b(?:scientist|manager|analyst), (?:pricing|payments|credit)\b|\bfrom Analyst\b/u);
  });

  it('never take a line of their job description for a job title ("your work as a Manage 7 engineers")', () => {
    for (const { who, d } of drafts) expect(d.body, who).not.toMatch(/\bas an? \p{Lu}\p{Ll}+ \d/u);
  });

  it('give a line without its "I" its subject back when saying it to them ("you spent", never "that spent")', () => {
    for (const { who, d } of drafts) expect(d.body, who).not.toMatch(/\bwrite that (?:spent|designed|managed|led|ran|built)\b/);
  });

  it('never quote a heading before a colon ("What I didn\'t expect", "The things I care about most")', () => {
    for (const { who, d } of drafts) expect(d.body, who).not.toMatch(/"(?:What I didn't expect|The things I care about most|Lesson I keep relearning)"/);
  });

  it('never "read" a job, nor ask how someone spent eleven years as a nurse', () => {
    for (const { who, d } of drafts) {
      expect(d.body, who).not.toMatch(/\bI read your (?:earlier )?work as\b/);
      expect(d.body, who).not.toMatch(/How did you spend \S+ years/);
    }
  });

  it('find the line on the very goal when a post has one, quoted with its inner quotes made single', () => {
    const grace = SENDERS.find((s) => /onboarding/.test(s.me.shortTermGoal ?? ''))!;
    const aoife = PEOPLE.find((p) => /nurse onboarding/.test(p.activity.map((a) => a.text).join(' ')))!;
    const d = composeAsk({ profile: aoife, me: grace.me, channel: 'message', now: NOW, myTimeZone: grace.myTimeZone });
    expect(d.body).toMatch(/nurse onboarding/);
  });
});

describe('the pieces', () => {
  it.each([
    ['get better at presenting to executives, my last two roadmap reviews went badly', 'get better at presenting to executives'],
    ['land my first product manager role in the next 6 months', 'land my first product manager role'],
    ['learn how to price a B2B product before our next sales push', 'learn how to price a B2B product'],
    ['move into data analytics by 2027', 'move into data analytics'],
    ['learn Python, SQL and dbt', 'learn Python, SQL and dbt'],
  ])('goal(%j) → %j', (text, want) => {
    expect(goal(text)?.text).toBe(want);
  });

  it.each([
    ['Senior Data Scientist, Pricing & Forecasting', 'senior data scientist'],
    ['Engineering Manager, Payments Platform', 'engineering manager'],
    ['Director, Product', 'director of product'],
    ['Scrum Master - Software Engineer', 'scrum master and software engineer'],
  ])('asWritten(%j) → %j', (title, want) => {
    expect(asWritten(title)).toBe(want);
  });

  it.each([
    ['land my first product manager role', 'product management'],
    ['land my first UX designer role', 'UX design'],
    ['land my first backend engineering job', 'backend engineering'],
  ])('entryField(%j) → %j', (text, want) => {
    expect(entryField(text)).toBe(want);
  });

  it.each([
    ['Spent 8 years as a backend engineer before switching to management.', 'I spent 8 years as a backend engineer before switching to management.'],
    ['Designed and analysed 30+ pricing A/B tests.', 'I designed and analysed 30+ pricing A/B tests.'],
    ['Manage 7 engineers across London and Lagos.', 'I manage 7 engineers across London and Lagos.'],
    ['Write your plans in a Brief', 'Write your plans in a Brief'],
    ['Simple dashboards beat clever ones.', 'Simple dashboards beat clever ones.'],
  ])('withSubject(%j) → %j', (line, want) => {
    expect(withSubject(line)).toBe(want);
  });

  it.each([
    ["Unpopular opinion: most 'nurse onboarding' problems are not training problems.", 'nurse onboarding problems'],
    ['The software we build now tries to make those boring things easy to do.', ''],
    ['Most of my week goes into designing services that stay fast when traffic triples overnight.', 'designing services that stay fast when traffic triples overnight'],
  ])('topicOf(%j) → %j', (line, want) => {
    expect(topicOf(line)).toBe(want);
  });

  it('quotes a line with a curly apostrophe or a short quoted phrase, the phrase in single quotes', () => {
    expect(quotableSentences('What I didn’t expect was how much of product work is the same skill as running a ward.')).toEqual(["What I didn't expect was how much of product work is the same skill as running a ward."]);
    expect(quotableSentences('Unpopular opinion: most "nurse onboarding" problems are not training problems.')).toEqual(["Unpopular opinion: most 'nurse onboarding' problems are not training problems."]);
  });
});
