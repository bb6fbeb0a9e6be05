/** Round 7 of the blind review (issue 10): why this person in their own words, questions without filler, subjects that name a topic. */
import { describe, expect, it } from 'vitest';
import type { ComposedAsk } from '../../../lib/compose';
import { findOpeners } from '../../../lib/compose/openers';
import { aimTerms, relevance, terms } from '../../../lib/compose/meaning';
import { goal } from '../../../lib/compose/goals';
import { inTech } from '../../../lib/compose/sector';
import { reasonFor } from '../../../lib/compose/reason';
import { secondPerson } from '../../../lib/compose/clauses';
import { careerTarget, targetWords } from '../../../lib/compose/aims';
import type { Profile } from '../../../lib/linkedin/schema';
import { fixtureAsks, readFixtures } from './senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const FIXTURES = readFixtures();
const { cases, draft } = fixtureAsks(FIXTURES, NOW);
const messages = cases.filter((c) => c.channel !== 'connection-note' && c.f.profile.fullName);
const questionsOf = (d: ComposedAsk) => d.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
const pageText = (p: Profile) => [p.headline, p.about, ...p.activity.map((a) => a.text), ...p.experience.flatMap((e) => [e.title, e.description])].filter(Boolean).join('\n');

/** The stock sentences round 6 tied every opening to the goal with, whoever the person was. */
const STOCK = /speaks to exactly that|on that same problem|(?<!Your work on [\p{L} -]+ is )close to where I'm heading|You work where I'm heading|touches on that|comes close to that/u;
/** Questions that could go to anyone, or paste their sentence back. */
const FILLER = /suggest I talk to|typical week|What taught you that|How do you go about|carry over to/i;

describe.runIf(FIXTURES.length > 0)(`round 7: why this person and what to ask (${messages.length} messages)`, () => {
  it('asks no filler: no referral, no typical week, no sentence of theirs pasted into "What taught you that…"', () => {
    for (const c of messages) for (const q of questionsOf(draft(c))) expect(q, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(FILLER);
  });

  it('ties no opening to the goal with a stock sentence', () => {
    for (const c of cases) {
      const body = draft(c).body;
      expect(body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(STOCK);
      // "close to where I'm heading" only after words of theirs: "Your work on data products is close to…".
      const near = /Your work on ([\p{L} -]+) is close to where I'm heading/u.exec(body)?.[1];
      if (near) expect(pageText(c.f.profile).toLowerCase(), `${c.f.name} ${c.s.id}`).toContain(near.toLowerCase());
    }
  });

  it('subjects name a topic, never "A question for a scrum master"', () => {
    for (const c of messages) expect(draft(c).subject ?? '', `${c.f.name} ${c.s.id}`).not.toMatch(/^A question for /);
  });

  it('the reason it gives is theirs: every word after "write that" is on their page', () => {
    let given = 0;
    for (const c of messages) {
      // What they wrote, without the sender's ", so I thought of you" after it.
      const said = /You (?:also )?write that (.+?)(?:, so I thought of you)?\.(?:\s|$)/.exec(draft(c).body)?.[1];
      if (!said) continue;
      given++;
      const page = terms(secondPerson(pageText(c.f.profile))).stems;
      const words = [...terms(said).stems];
      expect(words.every((w) => page.has(w)), `${c.f.name} ${c.s.id}: ${said}`).toBe(true);
    }
    expect(given).toBeGreaterThanOrEqual(6);
  });

  it('a line of theirs that names the sender\'s kind of work ("pairing with analysts", to an analyst) is the reason the draft gives', () => {
    let named = 0;
    for (const c of messages) {
      const d = draft(c);
      const openers = findOpeners(c.f.profile, c.s.me);
      const chosen = openers.find((o) => o.id === d.hook?.id) ?? null;
      const r = reasonFor(c.s.me, openers, chosen);
      if (!r?.audience || !r.practice) continue;
      named++;
      expect(d.body, `${c.f.name} ${c.s.id} ${c.channel}`).toMatch(/You (?:also )?write that /);
    }
    expect(named).toBeGreaterThanOrEqual(2);
  });

  it('with nothing on the goal, never asks them to tie a job that bears on nothing of it to the sender\'s goal', () => {
    // "What from your experience as a tech education team lead would help me run pricing experiments?" asks for a link their
    // page never makes: blind reviewers marked it 1 ("assumes something the person never did") and preferred drafts without it 75 to 1 (r24h).
    let poor = 0;
    for (const c of messages) {
      const d = draft(c);
      if (d.fit.level !== 'poor' || !d.fit.note.startsWith('Nothing on their page')) continue;
      const job = [c.f.profile.headline, c.f.profile.current?.title].filter(Boolean).join('. ');
      const g = goal(c.s.me.shortTermGoal)?.text ?? '';
      if (relevance(aimTerms(g), job, false) > 0) continue;
      // Within software, data and product work a bridge from their role reads as fair (sector.ts).
      if (inTech(`${c.s.me.role ?? ''} ${c.s.me.organisation ?? ''} ${c.s.me.whatIDo ?? ''} ${g}`) && inTech(`${job} ${c.f.profile.current?.company ?? ''}`)) continue;
      poor++;
      expect(questionsOf(d).some((q) => /would help me\b/.test(q)), `${c.f.name} ${c.s.id}\n${d.body}`).toBe(false);
      expect(questionsOf(d).length, `${c.f.name} ${c.s.id}`).toBeGreaterThanOrEqual(2);
    }
    expect(poor).toBeGreaterThanOrEqual(3);
  });

  it('the popup speaks when the opening touches a career-changer\'s goal by one word only, and never asks for a line the page lacks', () => {
    let touched = 0;
    for (const c of cases.filter((x) => x.f.profile.fullName)) {
      const d = draft(c);
      const target = careerTarget(c.s.me.shortTermGoal ?? '');
      const detail = d.hook?.detail ?? '';
      if (target && d.hook && d.hook.kind !== 'move' && targetWords(target, detail) && d.fit.level !== 'good') {
        touched++;
        expect(d.fit.note, `${c.f.name} ${c.s.id} ${c.channel}`).not.toBe('');
      }
      const lines = findOpeners(c.f.profile, c.s.me).some((o) => o.quote);
      if (!lines) expect(d.fit.note, `${c.f.name} ${c.s.id}`).not.toMatch(/pick a line/);
    }
    expect(touched).toBeGreaterThanOrEqual(3);
  });
});
