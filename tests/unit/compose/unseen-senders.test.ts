/**
 * What drafting for senders the composer was never tuned on (senders.ts UNSEEN_SENDERS) turned up, kept fixed:
 * goals said to a stranger without "my", reasons never cut inside a phrase, never taken from a title, and
 * never resting on a verb that shares a stem with the sender's job ("managed" and a product manager).
 */
import { describe, expect, it } from 'vitest';
import { goalGerund } from '../../../lib/compose/clauses';
import { aimTerms, relevance, terms } from '../../../lib/compose/meaning';
import { askAbout } from '../../../lib/compose/questions';
import { entryField, goalForms, heading } from '../../../lib/compose/bridge';
import { withoutMine } from '../../../lib/compose/text';
import { fixtureAsks, readFixtures, UNSEEN_SENDERS } from './senders';
import { workBit } from '../../../lib/compose/compose-ask';
import { NOW } from './profiles';

describe('withoutMine', () => {
  it.each([
    ['land my first backend engineering job', 'land a first backend engineering job'],
    ['make our payment services reliable under heavy load', 'make payment services reliable under heavy load'],
    ['build a design system that our engineers actually adopt', 'build a design system that engineers actually adopt'],
    ['automate our month-end reporting', 'automate month-end reporting'],
  ])('%s → %s', (goal, want) => {
    expect(withoutMine(goal)).toBe(want);
  });
});

describe('goalGerund', () => {
  it.each([
    ['land a first backend engineering job', 'looking to land a first backend engineering job'],
    ['get my first design role', 'looking to get my first design role'],
    ['get better at presenting data', 'getting better at presenting data'],
    ['present forecasts clearly', 'presenting forecasts clearly'],
  ])('%s → %s', (goal, want) => {
    expect(goalGerund(goal)).toBe(want);
  });
});

describe('drafts for senders the rules were not tuned on', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  const unseen = cases.filter((c) => UNSEEN_SENDERS.includes(c.s) && c.channel !== 'connection-note');

  it.runIf(FIXTURES.length > 0)('say a reason of theirs whole: never cut inside a phrase, never a title', () => {
    let given = 0;
    for (const c of unseen) {
      const said = /You (?:also )?write that (.+?)(?:, so I thought of you)?\.(?:\s|$)/.exec(draft(c).body)?.[1];
      if (!said) continue;
      given++;
      // "your load tests now run" (cut before "on every release"), "all have" (before "to line up").
      expect(said, `${c.f.name} ${c.s.id}`).not.toMatch(/\b(?:run|have|has|need|listening)$/);
      // An article's title is not something they "write that" ("…that planning the work vs DOING the work").
      expect(said, `${c.f.name} ${c.s.id}`).not.toMatch(/\bvs\b|^planning the work/i);
      // "you competed with the university dance team and managed its social media channels", to a product manager.
      expect(said, `${c.f.name} ${c.s.id}`).not.toMatch(/dance team/);
    }
    expect(given).toBeGreaterThanOrEqual(5);
  });

  it.runIf(FIXTURES.length > 0)('never leave a goal without its article ("landing first backend engineering job")', () => {
    for (const c of cases.filter((x) => UNSEEN_SENDERS.includes(x.s))) expect(draft(c).body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/\blanding first\b|\bland first\b|someone landing\b|student, landing\b/);
  });
});

describe('whom a goal is for is not what it is about', () => {
  const designer = 'build a design system that our engineers actually adopt';
  it.each([
    // "engineers" names who adopts the design system: a line on load tests shares nothing with it.
    [designer, 'Our load tests now run on every release, so regressions show up before customers notice them.', false],
    [designer, 'Small pull requests ship faster and break less.', false],
    // Components are what a design system is made of.
    [designer, 'I enjoy turning vague product ideas into small, well-tested components that teams can reason about.', true],
    ['write product plans that engineers trust', 'Choosing boring technology let the team focus on the problem that mattered.', false],
    // The people themselves still count, word for word.
    ['write product plans that engineers trust', 'I mentor junior engineers on testing strategy and on writing design notes that others can follow.', true],
    ['make our payment services reliable under heavy load', 'Our load tests now run on every release.', true],
    // Managing things is not managing people (h4 review: "Managed loan agreements" for someone becoming a better manager).
    ['become a better people manager', 'Managed loan agreements with 20+ lending institutions.', false],
    ['become a better people manager', 'Led a team of 4 assistant curators and registrars.', true],
    ['become a better people manager', 'I spent eleven years as a nurse, the last four managing a 28-bed acute medical ward.', true],
    ['become a better people manager', 'Manage 4 writers and a freelance translation pool.', true],
    // A vet's first clinic is not clinical informatics (the Porter stemmer gives both "clinic").
    ['switch from nursing into clinical informatics', 'I bought my first clinic in 2015 with a bank loan and a lot of optimism.', false],
    // Writing to win money is one skill: a tender, a grant application, a sponsorship.
    ['learn to write proposals that win public tenders', 'Drafted grant applications to federal culture funds and international foundations.', true],
    // Securing money is not security (the Porter stemmer gives both "secur").
    ['break into cybersecurity as a security analyst', 'Secured MXN 6.5M in foundation and corporate sponsorship for the exhibition programme.', false],
    // What managing people is about, day to day, though no word is shared.
    ['become a better people manager', 'Burnout is our biggest problem, not competition.', true],
  ])('%s · %s → bears on it: %s', (goal, line, bears) => {
    expect(relevance(aimTerms(goal), line) > 0).toBe(bears);
  });

  it('still keeps every word of the goal as a word', () => {
    expect([...aimTerms(designer).stems]).toEqual([...terms(designer).stems]);
  });
});

describe('askAbout: what they do, asked in their words', () => {
  it.each([
    // "I enjoy turning…" is something they do; a comma between two words for one thing is not the end of the phrase.
    ['I enjoy turning vague product ideas into small, well-tested components that teams can reason about.', '', 'How do you turn vague product ideas into small, well-tested components?'],
    ['I enjoy translating creative ideas into plans with budgets, owners and deadlines.', '', 'How do you translate creative ideas into plans?'],
    ['I enjoy building teams that are curious, direct and generous with feedback.', '', 'How do you build teams that are curious, direct and generous with feedback?'],
    // Too long whole: without its last phrase, keeping what the products are for.
    ['I build data products that help teams make decisions with less guesswork.', '', 'How do you build data products that help teams make decisions?'],
    // Of two things they name, the one nearer the sender's goal.
    ['I mentor junior engineers on testing strategy and on writing design notes that others can follow.', 'write product plans that engineers trust', 'How do you mentor junior engineers on writing design notes?'],
    ['I mentor junior engineers on testing strategy and on writing design notes that others can follow.', 'make our payment services reliable under heavy load', 'How do you mentor junior engineers on testing strategy?'],
    // Whom they pair with has its own question ("When you pair with analysts, what do they most often need help with?").
    ['I enjoy pairing with analysts to turn one-off queries into maintained datasets.', '', ''],
    // A "to" after an -ing word is no infinitive: "listening to customers" stays whole.
    ['I spent the first month listening to customers before proposing any changes.', '', 'How did you spend the first month listening to customers?'],
    // A "to" before an article says where, not what for.
    ['We moved our feature pipeline to a scheduled workflow and finally got reproducible training runs.', '', 'How did you move your feature pipeline to a scheduled workflow?'],
  ])('%s (goal: %s) → %s', (line, goal, want) => {
    expect(askAbout(line, goal ? aimTerms(goal) : undefined)).toBe(want);
  });
});

describe('subjects for goals said with whom they are for', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  it.runIf(FIXTURES.length > 0)('name the topic or the question, never only "your recent post" or "your profile"', () => {
    const mailed = cases.filter((c) => (c.channel === 'email' || c.channel === 'inmail') && c.s.me.shortTermGoal && c.f.profile.fullName);
    for (const c of mailed) expect(draft(c).subject, `${c.f.name} ${c.s.id}`).not.toMatch(/^A question about your (?:recent post|recent article|profile)$/);
    expect(mailed.length).toBeGreaterThan(40);
  });
});

describe('a first job is a field to start out in, not a career change', () => {
  it.each([
    ['land my first backend engineering job', 'backend engineering'],
    ['get a first design role', 'design'],
    // the field, not the job ("starting out in data analysis", never "in data analyst")
    ['find my first data analyst position', 'data analysis'],
    ['land my first product manager role', 'product management'],
    ['present forecasts clearly to non-technical stakeholders', ''],
  ])('%s → %s', (goal, field) => {
    expect(entryField(goal)).toBe(field);
  });

  it('is asked as starting out, never as "changing careers"', () => {
    const f = goalForms({ shortTermGoal: 'land my first backend engineering job' })!;
    expect(f).toMatchObject({ target: 'backend engineering', entry: true });
    expect(heading(f)).toBe('starting out in backend engineering');
    expect(heading(goalForms({ shortTermGoal: 'change careers into software engineering' })!)).toBe('moving into software engineering');
  });

  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  it.runIf(FIXTURES.length > 0)('a student asks a software engineer what they look for, as a software engineer, not as a scrum master', () => {
    const student = cases.filter((c) => c.s.id === 'student' && c.channel === 'message');
    const kustbank = student.find((c) => c.f.name === 'public-2024-b')!;
    expect(draft(kustbank).body).toMatch(/As a software engineer, what would you look for in someone starting out in backend engineering\?/);
    for (const c of student) expect(draft(c).body, c.f.name).not.toMatch(/changing careers|making a move of my own|my move into/);
  });

  it.runIf(FIXTURES.length > 0)('a line squarely on the goal gets its own question, never "apply that idea" to the same thing', () => {
    const lan = cases.find((c) => c.f.name === 'public-2026-a' && c.s.id === 'marketer' && c.channel === 'inmail')!;
    expect(draft(lan).body).toMatch(/How do you keep growth experiments small, cheap and easy to reverse\?/);
    expect(draft(lan).body).not.toMatch(/apply that (?:idea|approach) to running pricing and growth experiments/);
  });

  it.runIf(FIXTURES.length > 0)('a note names an article title too long for it by what they did ("your article on building a simple weekly report")', () => {
    const lan = cases.find((c) => c.f.name === 'public-2026-a' && c.s.id === 'no-profile-accountant' && c.channel === 'connection-note')!;
    expect(draft(lan).body).toMatch(/your article on building a simple weekly report\b/);
  });
});

describe('who I am in a note (notes review)', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  const all = cases;

  it.runIf(FIXTURES.length > 0)('says learning once: "learning to automate…", never "working to learn to automate…"', () => {
    for (const c of all) expect(draft(c).body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/\bworking to learn\b/);
  });

  it.runIf(FIXTURES.length > 0)('gives a second thing the sender does its own verb, never two verbs in a row ("I run build…")', () => {
    for (const c of all) expect(draft(c).body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/\bI (?:run|build|teach|manage|lead|write) (?:build|run|teach|manage|lead|write)\b/);
  });

  it.runIf(FIXTURES.length > 0)('shortens a role by its rank first: "a backend engineer", not "an engineer"', () => {
    const junior = all.filter((c) => /^junior /i.test(c.s.me.role ?? '') && c.channel === 'connection-note');
    expect(junior.length).toBeGreaterThan(0);
    for (const c of junior) expect(draft(c).body, `${c.f.name} ${c.s.id}`).not.toMatch(/\ban engineer\b/);
  });
});

describe('workBit', () => {
  it.each([
    ['I run warehouse operations and build our weekly reports in Excel', 'We built a simple weekly report that leadership actually read', 'I build weekly reports'],
    ['I teach computer science and Python to high-school students', 'Python Threads: Myth or Reality?', 'I teach Python'],
    ['I run warehouse operations and build our weekly reports in Excel', 'Python Threads: Myth or Reality?', ''],
  ])('%s, against "%s" → "%s"', (work, source, want) => {
    expect(workBit(work, source)).toBe(want);
  });
});

describe('the ask in a note (notes review)', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));
  const notes = cases.filter((c) => c.channel === 'connection-note');

  it.runIf(FIXTURES.length > 0)('promises "questions on that" only where the opening bears on the goal', () => {
    let on = 0;
    for (const c of notes) {
      const d = draft(c);
      if (!/questions on that\b/.test(d.body)) continue;
      on++;
      expect(d.fit.level, `${c.f.name} ${c.s.id}: ${d.body}`).not.toBe('poor');
    }
    expect(on).toBeGreaterThan(0);
  });

  // Only where it fits once their line and who I am are whole: about half the notes at the notes review (55 of 110), three
  // in four since r16 tries "When you have 20 minutes" and "…20 min" before a plain "Could I ask you … in a 20-minute call?";
  // "Would you have 20 min for 2 questions on that?" asks it too (r26).
  it.runIf(FIXTURES.length > 0)('says the time is theirs ("When you have 20 minutes") wherever it fits', () => {
    const theirs = notes.filter((c) => /(?:When|Would) you have \d+ min|I know you're busy/.test(draft(c).body)).length;
    expect(theirs / notes.length).toBeGreaterThan(0.7);
  });
});

describe('a question on something they do (a10 reviews)', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, Date.UTC(2026, 2, 10, 9, 14));

  it.runIf(FIXTURES.length > 0)('asks what it taught them, never to apply it to the sender\'s problem for them', () => {
    let taught = 0;
    for (const c of cases) {
      const body = draft(c).body;
      expect(body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/apply that approach/);
      if (/What has that taught you about \p{L}/u.test(body)) taught++;
    }
    expect(taught).toBeGreaterThan(0);
  });

  it.runIf(FIXTURES.length > 0)('asks it first or right after the question on that line, never after a question on something else', () => {
    for (const c of cases) {
      const qs = draft(c).body.split('\n').filter((l) => l.startsWith('- '));
      const k = qs.findIndex((q) => /What has that taught you/.test(q));
      if (k <= 0) continue;
      expect(qs[k - 1], `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/What from your (?:experience|time)|How did you (?:end up|get started)|What made you|What drew you|What are you (?:working|focused) on/);
    }
  });
});

describe('a career move said once (a16 review)', () => {
  const FIXTURES = readFixtures();
  const { cases, draft } = fixtureAsks(FIXTURES, NOW);
  it.runIf(FIXTURES.length > 0)('names a career move once: the question after it says "that move"; no comma before "into"', () => {
    let moves = 0;
    for (const c of cases) {
      const body = draft(c).body;
      expect(body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(/making a move of my own, into/);
      const m = /(?:writing about|I saw) your move from (.+?) to (.+?)[,.]/.exec(body);
      if (!m) continue;
      moves++;
      expect(body.split(`from ${m[1]} to ${m[2]}`).length - 1, `${c.f.name} ${c.s.id} ${c.channel}`).toBeLessThanOrEqual(1);
    }
    expect(moves).toBeGreaterThan(0);
  });
});
