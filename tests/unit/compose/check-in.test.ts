import { describe, expect, it } from 'vitest';
import { composeFollowUp } from '../../../lib/compose';
import { chatTopic } from '../../../lib/compose/followup/common';
import { ABOUT_THEIR_PATH, writeQuestions } from '../../../lib/compose/questions';
import { findOpeners } from '../../../lib/compose/openers';
import { ON_GOAL } from '../../../lib/compose/pair-fit';
import { EMPTY_SENDER, readFixtures, SENDERS } from './senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);

// The check-in a week on reminds a busy person what the ask was about (the topic stays longest, ARCHITECTURE.md §3),
// and names a line of theirs only when it bears on the sender's goal or strongly on what the sender does.
describe('check-in: says what the ask was about', () => {
  const fixtures = readFixtures();
  it.each(SENDERS.map((s) => [s.id, s] as const))('%s, on every fixture', (_, s) => {
    let offered = 0;
    let answerable = 0;
    for (const f of fixtures) {
      // A question of the ask's own that is no question on their career path: one a line can answer.
      if (f.profile.fullName && writeQuestions(f.profile, s.me, undefined, true).some((q) => !ABOUT_THEIR_PATH.test(q))) answerable++;
      const d = composeFollowUp('check-in', { profile: f.profile, me: s.me, channel: 'message', tier: 'free', now: NOW, myTimeZone: s.myTimeZone });
      const where = `${f.name}\n${d.body}`;
      // The topic as a person says it ("my move into software engineering"), never the goal field's wording pasted in.
      const topic = chatTopic(s.me);
      if (topic) expect(d.body, where).toMatch(/I wrote to ask your advice on /);
      if (topic) expect(d.body, where).toContain(topic);
      if (/career/i.test(s.me.shortTermGoal ?? '')) expect(d.body, where).not.toMatch(/changing careers/i);
      const read = /after reading (.+?)\.\n/.exec(d.body)?.[1];
      if (read) {
        const o = findOpeners(f.profile, s.me).find((x) => x.short === read);
        expect(o, where).toBeDefined();
        expect((o!.goalRelevance ?? 0) >= ON_GOAL || (!!o!.quote && o!.relevance >= 6), where).toBe(true);
      }
      // An easier yes than a call: one of the ask's questions, whole, answerable in a line.
      const one = /even a line on one question would help: ([^\n]+?\?)(?: |\n)/.exec(d.body)?.[1];
      if (one) {
        offered++;
        expect(writeQuestions(f.profile, s.me, undefined, true), where).toContain(one);
        // Never their career path ("How did you end up at …?"): a line on it helps the sender in nothing.
        expect(one, where).not.toMatch(/end up at|get started|working on at|made you start|drew you to/);
      }
      // Said once: the reminder never repeats the restated ask.
      expect(d.body.match(/As a reminder/g)?.length ?? 0, where).toBeLessThanOrEqual(1);
    }
    // Every page with a name and a question a line can answer gets the offer in a message. A page that bears on nothing of the
    // sender's has only questions on their path, and a line on those helps the sender in nothing (r25: no "What from your
    // experience as … would help me …?" to a poor fit).
    expect(offered, s.id).toBe(answerable);
    expect(offered, s.id).toBeGreaterThanOrEqual(2);
  });
  it('a sender with no goal is offered no question to answer in a line (the composer has only career questions for them)', () => {
    for (const f of fixtures) {
      const d = composeFollowUp('check-in', { profile: f.profile, me: EMPTY_SENDER, channel: 'message', tier: 'free', now: NOW });
      expect(d.body, f.name).not.toMatch(/even a line on one question/);
    }
  });
});
