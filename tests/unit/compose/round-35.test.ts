/**
 * r35, first: 434 of 1,166 messages in the dump asked only "How did you end up at …?" and "What are you working on there these
 * days?" under a line of theirs the opening quoted, because no question shape read that line (advice, a view, something
 * they did at a time). A question that points back to the line now comes first; a paired blind review preferred it 29 to 1.
 * Then set 23 (hair, beauty, fitness and wellness), written by a helper who had not seen the composer and scored blind before
 * any fix at 2.63 of 5: "working towards just passed my level 3 pt qualification and want…", "open my own a salon", "I'm Alex
 * Moreno, a wellness.", "I'm Valeria, an artist" (a nail artist), "I'm Tan" (Tan Wei Ling), lines in Turkish and Portuguese
 * quoted to people who read neither, "your post on hiring crown & coil croydon is looking for", "Your line on being a great
 * stylist does NOT".
 */
import { describe, expect, it } from 'vitest';
import { pointedQuestion } from '../../../lib/compose/line-questions';
import { askAbout } from '../../../lib/compose/questions';
import { goal } from '../../../lib/compose/goals';
import { meParts } from '../../../lib/compose/ask';
import { quotable, topicOf } from '../../../lib/compose/clauses';
import { hiringPost } from '../../../lib/compose/openers';
import { relevance, terms } from '../../../lib/compose/meaning';
import { firstNameOf } from '../../../lib/linkedin/names';
import { isField } from '../../../lib/compose/headline';
import { achieved, taughtBy } from '../../../lib/compose/line-questions';
import { foreignStretch } from '../../../lib/settings/language';
import { UNSEEN_SETS, unseenDraft, unseenSender } from './unseen';
import { composeAsk } from '../../../lib/compose';
import { NOW } from './profiles';

const POINTED = /^(?:What taught you that lesson|What convinced you of that|What surprised you most about that|What made the biggest difference)\?$/;
const questionsOf = (body: string) => [...body.matchAll(/^- (.+)$/gm)].map((m) => m[1]!);

describe('a question that points back to the line the opening quoted', () => {
  it.each([
    // Advice they give: what taught it.
    ['Go to the factory floor.', 'What taught you that lesson?'],
    ['Keep a few dollar-denominated costs in mind when you price.', 'What taught you that lesson?'],
    ['Say no to clients who want a certificate but not a system.', 'What taught you that lesson?'],
    ["Don't ask users what they do.", 'What taught you that lesson?'],
    // A view that weighs one thing against another or rules something out: what convinced them.
    ['Nobody on site reads the 900-line Gantt chart.', 'What convinced you of that?'],
    ['Your years on the road ambulance matter more than any certificate.', 'What convinced you of that?'],
    ["Your supporters aren't consumers.", 'What convinced you of that?'],
    // Something they did, at a time: what surprised them; a result: what made it.
    ["We asked 212 young people across 9 local authorities what they'd lose if their youth club closed.", 'What surprised you most about that?'],
    ['This term we trained 38 teachers from 6 public schools in Alexandra in a simple phonics screening tool.', 'What surprised you most about that?'],
    ['We passed our brand standards audit with 94% last week.', 'What made the biggest difference?'],
    // Years spent at something, and what they have been doing lately: what it taught them (the shared fixtures).
    ['Before business school I spent several years launching new offerings in fast-moving markets.', 'What did those years teach you?'],
    ['I spent twelve years in Greater Manchester Police, the last five as a DC.', 'What did those years teach you?'],
    ['Lately I have been profiling our message consumers and removing work that nobody needed.', 'What has that taught you so far?'],
  ])('%s → %s', (line, q) => expect(pointedQuestion(line)).toBe(q));

  it.each([
    // A line of their CV without its "I": no view of theirs.
    'Moved to Dubai in 2017 and never looked back.',
    // An announcement, a question, a fact about their own work, a title that leads into advice.
    'Christmas order cut-off is Friday 12th!!',
    'How do you teach wiring troubleshooting to students who have never seen a real fault?',
    'Half of my current team leaders started as warehouse operatives or drivers.',
    'Best advice you will ever get.',
    // Leans on the line before it, or states a rule of a place rather than a view.
    'For edtech companies this is less about hardware and more about teacher training and long-term platforms.',
    'Under CBC, assessment in pre-primary is observation – the teacher watching and recording what the child can do.',
    // A fact, weighed by nothing.
    'Most of a planner\'s job is reports and memos.',
  ])('nothing for %s', (line) => expect(pointedQuestion(line)).toBe(''));

  it('a line of theirs at a time is asked about without when it was', () => {
    expect(askAbout('This term we built a simple booking page for the clinic.')).toMatch(/^How did you build /);
  });
});

describe('over every unseen set', () => {
  const drafts = UNSEEN_SETS.flatMap((set) => set.people.flatMap((p) => set.senders.map((s) => ({ who: `${p.slug} ← ${s.id}`, body: unseenDraft(p.slug, s.id).body }))));

  it('a pointed question comes first, under an opening that quotes or names a line, with no other line said in between', () => {
    // Not "What convinced you of that?" after "You also write that …", which points at that line (s16).
    const pointed = drafts.filter((d) => questionsOf(d.body).some((q) => POINTED.test(q)) && !/You also write/.test(d.body));
    expect(pointed.length).toBeGreaterThan(40);
    for (const d of pointed) {
      expect(POINTED.test(questionsOf(d.body)[0] ?? ''), d.who).toBe(true);
      expect(d.body, d.who).toMatch(/"[^"]{12,}"/);
    }
  });

  it('"What are you working on … these days?" goes only where no line of theirs is quoted with a shape to ask about', () => {
    // From a sender with a goal: one with only a name has no questions of their own to weigh.
    const stock = drafts.filter((d) => questionsOf(d.body).some((q) => /these days\?$/.test(q)) && /working|learning|towards/.test(d.body.split('\n\n')[1] ?? ''));
    // Advice quoted and still asked only the stock pair: none.
    const advice = stock.filter((d) => /"(?:Go|Keep|Ask|Put|Read|Learn|Save|Write|Say|Bring|Talk) [^"]+"/.test(d.body));
    expect(advice.map((d) => d.who)).toEqual([]);
  });

  it('a move into the trade the sender is after is asked how they made it (chef de partie → apprentice carpenter, to a restaurant manager after a carpentry apprenticeship)', () => {
    expect(questionsOf(unseenDraft('bec-halloran-builds', 'hana-careerchange-akl').body)).toContain('What helped most when you moved from chef de partie to apprentice carpenter?');
  });
});

describe('set 23: the sender as they mean it', () => {
  it.each([
    // What they have just done, then the aim: the aim.
    ['just passed my level 3 pt qualification and want to start getting clients on evenings and weekends', 'start getting clients on evenings and weekends'],
    // "own" of "my own" is no verb.
    ['I want to open my own salon in the next 2-3 years', 'open my own salon in the next 2-3 years'],
    ['Run my own small practice focused on massage therapy', 'run my own small practice focused on massage therapy'],
  ])('%s → %s', (typed, said) => expect(goal(typed)?.text).toBe(said));

  it.each([
    ['Wellness', 'a wellness professional'],
    ['HR', 'an HR professional'],
    ['Nail Artist', 'a nail artist'],
  ])('the role %s → %s', (role, said) => expect(meParts({ name: 'Alex Moreno', role }).role).toBe(said));

  it.each([
    ['Tan Wei Ling', 'Wei Ling'],
    ['Lee Kuan Yew', 'Kuan Yew'],
    ['Lee Ann Smith', 'Lee'],
    ['Chan Marie Claire', 'Chan'],
  ])('%s goes by %s', (name, first) => expect(firstNameOf(name, null, [])).toBe(first));

  it('every draft from set 23 says who is writing as a person says it', () => {
    const set = UNSEEN_SETS[22]!;
    for (const p of set.people) for (const s of set.senders) for (const ch of ['message', 'connection-note'] as const) {
      const body = unseenDraft(p.slug, s.id, ch).body;
      expect(body, `${p.slug} ← ${s.id} ${ch}`).not.toMatch(/\bown an? \p{L}|\ban own\b|working towards just|, a wellness\.|, an artist\b|I'm Tan[,.]/u);
    }
    expect(unseenDraft('funmi-adebayo-crownandcoil', 'wei-ling-gym-receptionist', 'connection-note').body).toMatch(/I'm Wei Ling\b/);
  });
});

describe('set 23: their page as it reads', () => {
  it.each([
    'En önemlisi: hafta sonu arkadaşlarınızın saçını keserken mutluysanız, bu bir işaret.',
    'Ofis işinden berberliğe geçmek isteyen 3 kişi bu ay bana yazdı.',
    'Minha resposta honesta: ainda não.',
  ])('another language: %s', (line) => expect(foreignStretch(line)).not.toBeNull());

  it('a Turkish name in an English line is English', () => expect(foreignStretch('I joined Yıldız Kağıt Sanayi as a production planner in 2019.')).toBeNull());

  it('a list joined by plus signs is never quoted', () => expect(quotable('Mat + Reformer + Cadillac, 120 horas, aos sábados.')).toBe(false));

  it('a view in the negative is on its subject', () => expect(topicOf('Being a great stylist does NOT make you a great salon owner.')).toBe('being a great stylist'));

  it('a hiring post names whom its list hires, under a line that says it', () => {
    expect(hiringPost("WE'RE HIRING ✂️👑\n\nCrown & Coil Croydon is looking for:\n• 2 x Senior Textured Hair Stylists (min. 3 years' experience)\n• 1 x Level 2 Apprentice")).toBe('2 senior textured hair stylists');
  });

  it('a barbershop bears on a salon of one\'s own', () => {
    expect(relevance(terms('open my own salon'), 'In 2019 I opened a 5-chair barbershop in Kadıköy.')).toBeGreaterThan(0);
  });

  it('no draft to set 23 quotes a line in a language its sender does not write', () => {
    const set = UNSEEN_SETS[22]!;
    for (const p of set.people) for (const s of set.senders.filter((x) => x.id !== 'valeria-nailtech-educator')) {
      const quoted = [...unseenDraft(p.slug, s.id).body.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      for (const q of quoted) expect(foreignStretch(q), `${p.slug} ← ${s.id}: ${q}`).toBeNull();
    }
    expect(unseenSender('valeria-nailtech-educator').me.name).toBe('Valeria Hernández');
  });
});

describe('set 23: what the questions say', () => {
  it.each(['CIDESCO', 'CSEP-CPT'])('%s is a certificate, not a field', (seg) => expect(isField(seg)).toBe(false));
  it.each(['SEO', 'HVAC'])('%s is a field', (seg) => expect(isField(seg)).toBe(true));

  it('"Founded and run a group of three Afro and textured hair salons" is never cut to "three Afro"', () => {
    const line = 'Founded and run a group of three Afro and textured hair salons in South and East London, with a training academy for apprentices and career changers.';
    for (const q of [achieved(line), achieved(line, true), taughtBy(line, 'opening my own salon')]) expect(q).not.toMatch(/Afro\?|Afro teach|founding and run/);
  });

  it('the sender\'s "my own salon" is theirs in a question about someone like them', () => {
    const qs = questionsOf(unseenDraft('funmi-adebayo-crownandcoil', 'kirsty-junior-stylist-salon').body);
    expect(qs.join(' ')).toMatch(/their own salon/);
    expect(qs.join(' ')).not.toMatch(/wants to open my own/);
  });
});

describe('subjects above questions that ask nothing of the goal', () => {
  it('name their move or where they work, never the goal the body never asks about', () => {
    const d = unseenDraft('declan-fogarty-soc', 'mariangelica', 'message');
    expect(questionsOf(d.body)[0]).toBe('What taught you that lesson?');
    const s = UNSEEN_SETS.flatMap((x) => x.senders).find((x) => x.id === 'mariangelica')!;
    const inmail = composeAsk({ profile: UNSEEN_SETS.flatMap((x) => x.people).find((p) => p.slug === 'declan-fogarty-soc')!, me: s.me, channel: 'inmail', now: NOW, myTimeZone: s.myTimeZone });
    expect(inmail.subject).toBe('A question about your move to SOC analyst');
  });
});
