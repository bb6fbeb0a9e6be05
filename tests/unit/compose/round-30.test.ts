/**
 * r30: free connection notes that named nothing of the person ("Hi Rebecca, I read your recent post.") because the sender's
 * goal ran long ("…a cyber security job, SOC analyst or digital forensics maybe") or their role carried a licence
 * ("a licensed helicopter engineer B1.3"), and a note that kept their topic by saying only "I'm Sujata." (26 of 868 notes
 * over the unseen sets opened on nothing; 9 are left, where even the shortest goal and role leave no room, or where the
 * goal's first clause alone would say nothing: "improving processing").
 */
import { describe, expect, it } from 'vitest';
import { careerTarget } from '../../../lib/compose/aims';
import { goalGerund, topicOf } from '../../../lib/compose/clauses';
import { aOrAn } from '../../../lib/compose/text';
import { UNSEEN_SETS, unseenDraft } from './unseen';

/** An opening that names nothing the person did: what a note falls back to when nothing else fits. */
const BARE = /^Hi [^,]+, I (?:read|saw) your (?:recent post|recent article|work|About section)\./;

describe('a note names their work before it gives up the goal\'s second half', () => {
  // Senders whose goal runs on after its first clause, or whose role carries a licence and its grade.
  const LONG = ['euan', 'sujata', 'chikondi', 'onalenna', 'nadege', 'sander'];
  const notes = UNSEEN_SETS.flatMap((set) => set.senders.filter((s) => LONG.includes(s.id)).flatMap((s) =>
    set.people.map((p) => ({ key: `${p.slug} ← ${s.id}`, sender: s, body: unseenDraft(p.slug, s.id, 'connection-note').body }))));

  it('covers every such sender', () => {
    expect(new Set(notes.map((n) => n.sender.id)).size).toBe(LONG.length);
  });

  it('the first clause of a long goal, never none of it, and a topic of theirs', () => {
    const bare = notes.filter((n) => BARE.test(n.body)).map((n) => n.key);
    // One stays bare: Nadège to an offshore-wind page whose every line is too long to name in what's left.
    expect(bare.length).toBeLessThanOrEqual(1);
    for (const n of notes) {
      const first = n.sender.me.name.split(' ')[0]!;
      // Who is writing, and with what aim: never a lone "I'm Sujata." (r30).
      expect(n.body, n.key).toMatch(new RegExp(`I'm ${first}, [^.]*\\b(?:working|looking|moving|getting|improving|obtaining|learning)\\b`));
      expect(n.body.length, n.key).toBeLessThanOrEqual(200);
    }
  });

  it('cuts a goal at its first clause, keeping where it leads', () => {
    const note = (slug: string, sender: string) => unseenDraft(slug, sender, 'connection-note').body;
    expect(note('dr-rebecca-nguyen-holt', 'euan')).toContain('get into a cyber security job.');
    expect(note('janez-kos-b1204a77', 'sujata')).toContain('getting better at coaching parents.');
    expect(note('natasha-boodram-5e2a9c71', 'chikondi')).toContain('a 6-month clinical placement.');
  });

  it('never a first clause too short to say what it is about ("improving processing", r30a: lost 4 of 8 pairs)', () => {
    const set13 = UNSEEN_SETS[12]!;
    for (const p of set13.people) expect(unseenDraft(p.slug, 'rosemary', 'connection-note').body).not.toMatch(/improving processing\./);
  });
});

describe('words said as a person says them', () => {
  it.each([
    ['SHE officer', 'an'], ['MSc student', 'an'], ['SRE', 'an'], ['UX designer', 'a'], ['engineer', 'an'],
    ['university lecturer', 'a'], ['étudiante', 'an'], ['helicopter engineer', 'a'],
  ])('%s takes "%s"', (phrase, article) => {
    expect(aOrAn(phrase)).toBe(article);
  });

  it.each([
    ['obtain an A320 family type rating', 'looking to obtain an A320 family type rating'],
    ['secure a clinical placement', 'looking to secure a clinical placement'],
    ['present forecasts clearly', 'presenting forecasts clearly'],
  ])('a goal won once reads as not won yet: %j → %j (r30b: "obtaining a type rating" read as under way)', (vp, said) => {
    expect(goalGerund(vp)).toBe(said);
  });

  it.each([
    ['Long-term monitoring is never glamorous and never easy to fund.', 'long-term monitoring'],
    ['Thursday call slots are open to anyone in finance.', 'Thursday call slots'],
  ])('a topic starts in lower case, a hyphenated word too, a day never: %j → %j', (line, topic) => {
    expect(topicOf(line)).toBe(topic);
  });

  it('a named post stays one post: "moving into the Emergency Response Coordinator role", never "…Coordinator work"', () => {
    expect(careerTarget('move into the Emergency Response Coordinator role')).toBe('the Emergency Response Coordinator role');
    // A job named without "the" is still its kind of work.
    expect(careerTarget('move into a dispatcher role')).toBe('dispatcher work');
  });

  it('a licence and its grade leave the role before the note gives up their topic', () => {
    const body = unseenDraft('rasmus-vestergaard-blades', 'sander', 'connection-note').body;
    expect(body).toMatch(/I'm Sander, a helicopter engineer,/);
    expect(body).not.toMatch(BARE);
  });
});

describe('their main work before a role beside it', () => {
  it('a part-time role taken up beside the main one never opens a note in its place (r30a: "a secondary employer")', () => {
    // Rogelio is a chief engineer since 2016 and a part-time instructor since 2017.
    const body = unseenDraft('rogelio-manalo-ce-ph', 'chikondi', 'connection-note').body;
    expect(body).not.toMatch(/Batangas Maritime Training Center/);
    expect(body).not.toMatch(BARE);
  });

  it('a captain is a job, never a field: "A320 Captain (part-time)" is no "your work on A320 captain"', () => {
    for (const ch of ['connection-note', 'message'] as const) expect(unseenDraft('jaruiz-piloto', 'zainab', ch).body).not.toMatch(/work on A320 captain/i);
  });
});
