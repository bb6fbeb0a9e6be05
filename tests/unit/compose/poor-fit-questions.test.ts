// Questions to a person whose page bears on nothing of the sender's goal (r25): no bridge from a job in another world, the
// organisation said once, and "What made you start …?" to an owner who opened it.
import { describe, expect, it } from 'vitest';
import { inTech } from '../../../lib/compose/sector';
import { ABOUT_THEIR_PATH, writeQuestions } from '../../../lib/compose/questions';
import { POINTED } from '../../../lib/compose/line-questions';
import { composeAsk } from '../../../lib/compose';
import { NOW } from './profiles';
import { unseenDraft, unseenPerson, unseenSender, UNSEEN_SETS } from './unseen';
import { readFixtures, SENDERS } from './senders';

const questionsOf = (body: string) => body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

describe('questions to a poor fit', () => {
  it.each([
    ['Scrum Master - Software Engineer', true],
    ['learn to automate month-end reporting', true],
    ['Head of Product at Caremap Health', true],
    ['Pharmacy Informatics Lead', true],
    ['Head Veterinary Nurse', false],
    ['Waiter at a grill restaurant', false],
    ['do a sommelier course', false],
    ['Depot Manager', false],
  ])('software, data or product work: %j → %s', (text, tech) => expect(inTech(text)).toBe(tech));

  it.each([
    ['akosua-mensah-bonsu-mpsgh', 'bruno'],
    ['tomasz-wroblewski-zajezdnia', 'chipo'],
    ['dr-rebecca-nguyen-holt', 'thandiwe'],
    ['fiona-baird-rvn-edinburgh', 'lachlan'],
    // "Harbour Master & Head of Marine Operations" holds no "HR business partner for store operations" job (r26).
    ['capt-nikolaos-papadakis', 'kadri'],
  ])('%s ← %s: no bridge from a job in another world, two questions still', (slug, sender) => {
    const d = unseenDraft(slug, sender);
    expect(d.fit.level).not.toBe('good');
    const qs = questionsOf(d.body);
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs.some((q) => /^What from your (?:experience|time)\b/.test(q)), d.body).toBe(false);
  });

  it('warns beside a harbour master to a shift manager moving into HR, whose longer-term goal shares only "operations" with his title (r26)', () => {
    const d = unseenDraft('capt-nikolaos-papadakis', 'kadri');
    expect(d.fit.level).toBe('poor');
    expect(d.fit.note).toMatch(/add why you chose them/);
  });

  it('keeps the bridge from a role in the same world, or one that runs what the sender wants to run', () => {
    // A director of people, to a librarian after a first branch manager's job.
    const qs = writeQuestions(unseenPerson('abena-owusu-ansah'), unseenSender('johanna').me);
    expect(qs.some((q) => /^What from your experience as a director of people and culture would help me\b/.test(q)), qs.join(' | ')).toBe(true);
  });

  it('keeps the bridge to a page that shows only a title naming no field ("Researcher."), never to one that names a field ("Archivist")', () => {
    const researcher = readFixtures().find((f) => f.name === 'ember-2024-e')?.profile;
    expect(researcher?.headline).toMatch(/^Researcher/);
    for (const s of SENDERS.filter((x) => x.me.shortTermGoal)) {
      const qs = writeQuestions(researcher!, s.me);
      expect(qs.some((q) => /^What from your experience as a researcher would help me\b/.test(q)), `${s.id}: ${qs.join(' | ')}`).toBe(true);
    }
    const archivist = writeQuestions(unseenPerson('aoife-ni-bhriain-3c7e91a5'), unseenSender('chipo').me);
    expect(archivist.some((q) => /would help me\b/.test(q)), archivist.join(' | ')).toBe(false);
  });

  it('names the organisation once across the questions on their path', () => {
    for (const set of UNSEEN_SETS) {
      for (const p of set.people) {
        for (const s of set.senders) {
          const qs = writeQuestions(p, s.me);
          const at = qs.filter((q) => /^(?:How did you end up at|What are you working on at) /.test(q)).map((q) => / at (.+?)(?: these days)?\?$/.exec(q)?.[1]);
          expect(new Set(at).size, `${p.slug} ${s.id}: ${qs.join(' | ')}`).toBe(at.length);
        }
      }
    }
  });

  it('asks the owner who opened the business what made him start it, never what drew him to it', () => {
    const qs = writeQuestions(unseenPerson('andre-ramdial-electrical'), unseenSender('petra').me);
    expect(qs).toContain('What made you start Ramdial Electrical Services?');
    expect(qs.join(' ')).not.toMatch(/drew you to/);
  });
});

describe('the subject of a draft whose questions are all on their path (r26)', () => {
  it('names where they work, never the sender\'s goal the body never asks about', () => {
    // r25e/r26e: "A question about making payment services reliable", from a backend engineer to a foundation's strategist,
    // above "What drew you to Hoa Sen Foundation?" and "What are you working on there these days?".
    const engineer = readFixtures().find((f) => f.name === 'public-2026-a')!.profile;
    const tomas = SENDERS.find((x) => x.id === 'engineer')!;
    for (const channel of ['inmail', 'email'] as const) {
      const d = composeAsk({ profile: engineer, me: tomas.me, channel, now: NOW, myTimeZone: tomas.myTimeZone });
      const qs = questionsOf(d.body);
      // On their path, or on the line the opening quotes ("What did those years teach you?", r35): none on the goal.
      expect(qs.every((q) => ABOUT_THEIR_PATH.test(q) || POINTED.test(q)), d.body).toBe(true);
      expect(d.subject, d.body).not.toMatch(/payment/i);
      expect(d.subject).toMatch(/^A question about your work at \p{Lu}/u);
    }
  });

  it('still names the goal where a question asks about it', () => {
    const s = unseenSender('darnell');
    const d = composeAsk({ profile: unseenPerson('tomasz-wisniewski-logistyka'), me: s.me, channel: 'inmail', now: NOW, myTimeZone: s.myTimeZone });
    const qs = questionsOf(d.body);
    expect(qs.some((q) => !ABOUT_THEIR_PATH.test(q)), d.body).toBe(true);
    expect(d.subject).not.toMatch(/your work at/);
  });
});

describe('a note that falls back from a line too long for it', () => {
  it('names a line of theirs near the goal by its words, not the job another line sits under (s11 Lerato ← Babatunde)', () => {
    const d = unseenDraft('lerato-mokoena-cyber-assurance', 'babatunde', 'connection-note');
    expect(d.body).toMatch(/your line on moving into IT audit/);
    expect(d.body).not.toMatch(/your (?:earlier )?work as/);
  });
});

describe('a name in what the sender does matches only a name of theirs', () => {
  it.each([
    // "Story Road branch" is no "stories about Rotterdam"; "Open Water" (a diving course) no "open a valve" (s25 review).
    ['jerome-delacruz-chief-officer', 'vy'],
    ['tomasz-wroblewski-zajezdnia', 'vy'],
    ['rogelio-manalo-ce-ph', 'mostafa'],
    ['liis-kuusk-bakery-ee', 'mostafa'],
  ])('%s ← %s: no "close to my own work", and the popup says the fit is poor', (slug, sender) => {
    const d = unseenDraft(slug, sender);
    expect(d.body).not.toMatch(/close to my own work/);
    expect(d.fit.level).toBe('poor');
  });
});

