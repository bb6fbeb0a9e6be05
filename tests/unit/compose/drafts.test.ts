// Drafts a busy person answers: the real reader and composer on every shared fixture, for
// senders in five fields and every channel, checked for properties rather than exact strings.
import { describe, expect, it } from 'vitest';
import { composeAsk, textLength, type ComposedAsk } from '../../../lib/compose';
import { isOngoing } from '../../../lib/compose/dates';
import { findOpeners } from '../../../lib/compose/openers';
import { terms } from '../../../lib/compose/meaning';
import { echoes } from '../../../lib/compose/bridge';
import { goal } from '../../../lib/compose/goals';
import { withoutAdverbs } from '../../../lib/compose/ask';
import { asWritten } from '../../../lib/compose/titles';
import { worksIn } from '../../../lib/compose/aims';
import type { Profile } from '../../../lib/linkedin/schema';
import { CHANNELS } from '../../../lib/tracker/schema';
import { EMPTY_SENDER, fixtureAsks, readFixtures, SENDERS, type Sender } from './senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const FIXTURES = readFixtures();
/** Lower case, spaces folded; line breaks kept (a title ends where its line does). */
const fold = (s: string) => s.replace(/[^\S\n]+/g, ' ').toLowerCase();

/** Everything the person's page says, for checking that quotes and questions come from it. */
function pageText(p: Profile): string {
  return [p.headline, p.about, p.current?.title, p.current?.company, ...p.activity.map((a) => a.text), ...p.featured.map((f) => f.title),
    ...p.experience.flatMap((e) => [e.title, e.company, e.description]), ...p.education.map((e) => e.school), ...p.skills].filter(Boolean).join('\n');
}

/** Words that say nothing about this person in particular. */
const GENERIC = terms('what how would you your focus first someone making this change help most when moved work typical week look like ' +
  'wish known earlier career starting today apply point about question questions convincing team like yours role go did do ' +
  'taught led write short answer expect know already job suggest focused involve lack new people often helped moved value view ' +
  // The frames that join their role to the sender's goal ("As a scrum master, where would you start to …?").
  'start adapt idea approach tell sit use count before profile brief these days wants experience time ' +
  // The honest check when nothing on the page bears on the goal ("have you seen anyone do well at …?").
  'seen anyone well come up helped beyond wrong carry typical involve become role field another anything ' +
  // The plain asks when nothing bears on the goal ("is there someone you would suggest I talk to about …?").
  'there talk elsewhere read try if were today where end up started ' +
  // The frames of a question on one line of theirs (line-questions.ts): "What is the hardest part of …?", "What convinced you that …?".
  'hardest part convinced get make sure ' +
  // What someone on the other side of where the sender is heading wishes they knew ("From your side of product ideas, …").
  'side wish understood better people ' +
  // A career-changer asking about their move ("I'm making a move of my own: …").
  "own I'm").stems;

/** A question names something of theirs: a word of their page that is neither the sender's nor generic. */
function tiedTo(q: string, page: string, sender: Sender): boolean {
  // Words of the sender's goal and role are no tie ("reliable" to anyone); their own work may be ("weekly reports", both).
  const mine = terms([sender.me.shortTermGoal, sender.me.role].join(' ')).stems;
  const theirs = terms(page).stems;
  return [...terms(q).stems].some((s) => theirs.has(s) && !mine.has(s) && !GENERIC.has(s));
}

const INVENTED = /read and reread|bookmark|connected with a problem|stayed with me|gave me a lot to think|resonated|inspired me|I loved|really enjoyed|made me rethink|caught my (?:eye|attention)|stood out to me|I saved|took notes|made a lot of sense|describes my week/i;

const { cases, draft } = fixtureAsks(FIXTURES, NOW);

describe.runIf(FIXTURES.length > 0)(`drafts on the shared fixtures (${cases.length} drafts)`, () => {
  it('quotes are whole sentences, clauses or titles found on the page', () => {
    for (const c of cases) {
      const d = draft(c);
      const page = fold(pageText(c.f.profile));
      for (const m of `${d.subject ?? ''}\n${d.body}`.matchAll(/"([^"]+)"/g)) {
        const q = fold(m[1] ?? '').replace(/[.!?]$/, '');
        const at = page.indexOf(q);
        const where = `${c.f.name} ${c.s.id} ${c.channel}: "${q}"\n${d.body}`;
        expect(at, where).toBeGreaterThanOrEqual(0);
        // It ends where a sentence or clause ends, and starts where one starts (or after a lead-in or a mention).
        // (A company tag LinkedIn appends, "…nobody opens from Google Cloud!", is not part of their sentence.)
        expect(page.slice(at + q.length, at + q.length + 40), where).toMatch(/^(?:[.!?,;:]|$|\s*$|\n|\s+from\s+[^.!?]*!)/u);
        expect(at === 0 || /[.!?\n][^\p{L}\p{N}]*$|,\s$|^[\s\S]*\b[a-z]{2,}\s$/u.test(page.slice(Math.max(0, at - 40), at)), where).toBe(true);
      }
    }
  });

  it("says who is writing and what they are working towards, in every channel", () => {
    for (const c of cases) {
      const d = draft(c);
      const first = c.s.me.name.split(' ')[0] ?? '';
      const where = `${c.f.name} ${c.s.id} ${c.channel}\n${d.body}`;
      expect(d.body, where).toContain(`I'm ${first}`);
      // The goal, at least its first words (notes may say "presenting forecasts" for "present forecasts clearly…").
      const goalStems = [...terms(c.s.me.shortTermGoal).stems];
      const said = terms(d.body).stems;
      expect(goalStems.filter((s) => said.has(s)).length, where).toBeGreaterThanOrEqual(Math.min(2, goalStems.length));
      expect(d.needs, where).toEqual([]);
    }
  });

  it('every message has two or three questions, one at least tied to this person', () => {
    for (const c of cases.filter((x) => x.channel !== 'connection-note')) {
      const d = draft(c);
      const qs = d.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
      const where = `${c.f.name} ${c.s.id} ${c.channel}\n${d.body}`;
      expect(qs.length, where).toBeGreaterThanOrEqual(2);
      expect(qs.length, where).toBeLessThanOrEqual(3);
      const page = pageText(c.f.profile);
      // A page with nothing on it (not-found-2024) has nothing to tie a question to.
      if (page.trim()) expect(qs.some((q) => tiedTo(q, page, c.s)), where).toBe(true);
      for (const q of qs) expect(q, where).not.toMatch(/when you were learning|what helped you most when you were learning/i);
    }
  });

  it('no question repeats across people unless both pages say the words it asks about', () => {
    for (const s of SENDERS) {
      const asked = new Map<string, string[]>();
      const frames = new Map<string, number>();
      const read = FIXTURES.filter((f) => pageText(f.profile).trim());
      for (const f of read) {
        const d = composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW });
        for (const q of d.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2))) {
          asked.set(q, [...(asked.get(q) ?? []), f.name]);
          // A page with nothing on the goal (the popup says so) gets the one honest question from their seat, whatever the
          // number of such pages: it is the fallback the popup warns about, not a frame carrying good drafts.
          if (d.fit.level === 'poor' && /^What from your (?:experience|time)\b/.test(q)) continue;
          const frame = q.split(' ').slice(0, 3).join(' ');
          frames.set(frame, (frames.get(frame) ?? 0) + 1);
        }
      }
      for (const [q, names] of asked) {
        // "…what from that post would you use first?" points at the line the opening quoted, which is on each page.
        if (names.length < 2 || /\bthat (?:post|line|article)\b/.test(q)) continue;
        // The fixtures repeat some sentences across people ("Small pull requests ship faster…" is on four pages):
        // a question may repeat only when every word it takes from a page is on each page it went to.
        const own = [...terms(q).stems].filter((w) => !GENERIC.has(w) && !terms([s.me.shortTermGoal, s.me.role].join(' ')).stems.has(w));
        for (const n of names) {
          const page = terms(pageText(FIXTURES.find((f) => f.name === n)!.profile)).stems;
          expect(own.every((w) => page.has(w)), `${s.id}: "${q}" went to ${names.join(', ')}`).toBe(true);
        }
      }
      // No frame carries the draft: the same first three words open a question for at most half the people.
      // ("How do you / How did you / What taught you …" asks their own sentence back in their own words: the rest of it is theirs.)
      for (const [frame, n] of frames) if (!/^(?:How (?:do|did) you|What taught you)$/.test(frame)) expect(n, `${s.id}: "${frame} …" ${n}×`).toBeLessThanOrEqual(Math.ceil(read.length / 2));
    }
  });

  it('claims no reaction the sender never gave', () => {
    for (const c of cases) expect(draft(c).body, `${c.f.name} ${c.s.id} ${c.channel}`).not.toMatch(INVENTED);
  });

  it('writes titles as a person does: no Title Case job titles or headline pipes mid-sentence', () => {
    for (const c of cases) {
      const d = draft(c);
      const where = `${c.f.name} ${c.s.id} ${c.channel}\n${d.body}`;
      expect(d.body, where).not.toMatch(/\|/);
      expect(`${d.subject ?? ''} ${d.body}`, where).not.toMatch(/\b\p{Lu}\p{Ll}+ (?:Of|The|And|For) \p{Lu}/u);
      for (const e of c.f.profile.experience) {
        const title = e.title.trim();
        // A title with two or more capitalised words ("Head Of Digital Media") never appears as typed.
        if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(title)) expect(d.body, where).not.toContain(title);
        // …and the lowered form is what appears, when the title appears at all.
        if (d.body.includes(asWritten(title))) expect(asWritten(title)).toBe(asWritten(title).replace(/\b(?!(?:[A-Z]{2,}|[A-Z][a-z]*[A-Z]))\p{Lu}(?=\p{Ll})/gu, (ch) => ch.toLowerCase()));
      }
      expect(d.body, where).not.toMatch(/Scrum Master - Software Engineer|Member Of The|ISTRAL MBA Candidate|2x AWS/);
    }
  });

  it('never says "earlier" about a role the person still holds', () => {
    for (const c of cases) {
      const d = draft(c);
      for (const m of d.body.matchAll(/your earlier work as (?:an? )?([^.,]+?)(?: at ([^.,]+))?[.,]/g)) {
        const [, role = '', org] = m;
        const ongoing = c.f.profile.experience.some((e) => isOngoing(e.dates) && asWritten(e.title) === role && (!org || e.company.startsWith(org)));
        expect(ongoing, `${c.f.name} ${c.s.id}: ${m[0]}`).toBe(false);
      }
    }
  });

  it('keeps messages under about 600 characters and notes within 200', () => {
    const lengths: number[] = [];
    for (const c of cases) {
      const d = draft(c);
      if (c.channel === 'connection-note') expect(d.length).toBeLessThanOrEqual(200);
      else lengths.push(textLength(d.body));
    }
    expect(Math.max(...lengths)).toBeLessThanOrEqual(640);
    lengths.sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(600);
    // "About 600": a named opening ("your post on idempotent handlers", never "your recent post") and the reason
    // are worth up to 40 characters more, so some messages go over 600, never past 640 (checked above).
    expect(lengths.filter((n) => n > 600).length).toBeLessThanOrEqual(Math.ceil(lengths.length / 3));
  });

  it('free notes carry a topic of theirs and who is writing', () => {
    for (const c of cases.filter((x) => x.channel === 'connection-note')) {
      const d = draft(c);
      const where = `${c.f.name} ${c.s.id}\n${d.body}`;
      expect(d.body, where).toMatch(new RegExp(`I'm ${c.s.me.name.split(' ')[0]}`));
      const page = pageText(c.f.profile);
      if (!page.trim()) continue;
      const opening = d.body.split(/(?<=[.!?])\s+(?=I'm )/)[0] ?? '';
      expect(tiedTo(opening, page, c.s) || /"[^"]{12,}"/.test(opening), where).toBe(true);
    }
  });

  it('is deterministic and seeded by the pair: two senders write differently to one person', () => {
    const ratios: number[] = [];
    // A page with nothing of theirs but a title (ember-2024-e, public-2024-b) or nothing at all gives every sender the same plain opening.
    for (const f of FIXTURES.filter((x) => findOpeners(x.profile).some((o) => o.quote))) {
      const a = composeAsk({ profile: f.profile, me: SENDERS[0]!.me, channel: 'message', now: NOW });
      const b = composeAsk({ profile: f.profile, me: SENDERS[1]!.me, channel: 'message', now: NOW });
      expect(composeAsk({ profile: f.profile, me: SENDERS[0]!.me, channel: 'message', now: NOW })).toEqual(a);
      const sentences = (t: string) => new Set(t.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.length > 20));
      const sa = sentences(a.body);
      const shared = [...sentences(b.body)].filter((x) => sa.has(x)).length;
      ratios.push(shared / sa.size);
      expect(shared / sa.size, `${f.name}\n${a.body}\n---\n${b.body}`).toBeLessThan(0.6);
    }
    // Version 0.1.0 shared 55% of sentences between senders writing to one person.
    expect(ratios.reduce((x, y) => x + y, 0) / ratios.length).toBeLessThan(0.35);
  });
});

describe('a page that could not be read (not-found-2024)', () => {
  const f = FIXTURES.find((x) => x.name === 'not-found-2024');
  it.runIf(!!f)('gives a starting point with its blanks marked, never a nameless draft that looks ready to send', () => {
    for (const s of SENDERS) for (const channel of CHANNELS) {
      const d = composeAsk({ profile: f!.profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
      expect(d.blanks).toContain('name');
      expect(d.body).toMatch(/^Hi \[name\],/);
      expect(d.body).not.toMatch(/^(?:Hi|Hello),/);
      expect(d.body).toContain(`I'm ${s.me.name.split(' ')[0]}`);
    }
  });
});

describe('the opening, the reason and the questions connect', () => {
  it.runIf(FIXTURES.length > 0)('a draft that says the opener is close to the goal asks about that opener or the goal', () => {
    let tied = 0;
    for (const c of cases.filter((x) => x.channel === 'message')) {
      const d = draft(c);
      if (!/You also write that/.test(d.body) || d.fit.level !== 'good') continue;
      tied++;
      const qs = d.body.split('\n').filter((l) => l.startsWith('- ')).join(' ');
      const hook = terms(d.hook?.detail ?? '').stems;
      const goal = terms(c.s.me.shortTermGoal).stems;
      expect([...terms(qs).stems].some((w) => hook.has(w) || goal.has(w)), d.body).toBe(true);
    }
    expect(tied).toBeGreaterThanOrEqual(4);
  });
  it.runIf(FIXTURES.length > 0)('never calls a promotion or an internship a career move, nor asks someone outside the field what newcomers lack', () => {
    for (const c of cases) {
      const d = draft(c);
      expect(d.body, d.body).not.toMatch(/move from systems engineer to senior|move from associate consultant|digital marketing assistant|move to associate/i);
      // Only someone who works where the sender is heading is asked what newcomers there lack.
      const field = /what do people new to ([^?]+) most often lack/.exec(d.body)?.[1];
      if (field) expect(worksIn(c.f.profile, field), `${c.f.name} ${c.s.id}: ${field}`).toBe(true);
    }
  });
});

describe('a sender with no profile', () => {
  const profile = FIXTURES[0]?.profile;
  it.runIf(!!profile)('gets no anonymous draft silently: the composer says what it needs, and says nothing false', () => {
    for (const channel of CHANNELS) {
      const d = composeAsk({ profile: profile!, me: EMPTY_SENDER, channel, now: NOW });
      expect(d.needs).toEqual(['name', 'role', 'goal']);
      expect(d.body).not.toMatch(INVENTED);
      expect(d.body).not.toMatch(/I'm\s*[,.]/);
    }
  });
  it.runIf(!!profile)('says who is writing as far as it knows: a role alone, or a name alone', () => {
    expect(composeAsk({ profile: profile!, me: { role: 'Nurse' }, channel: 'message', now: NOW }).body).toMatch(/I'm a nurse/);
    expect(composeAsk({ profile: profile!, me: { name: 'Priya' }, channel: 'connection-note', now: NOW }).body).toMatch(/I'm Priya/);
    expect(composeAsk({ profile: profile!, me: { name: 'Priya' }, channel: 'message', now: NOW }).needs).toEqual(['role', 'goal']);
  });
});

describe.runIf(FIXTURES.length > 0)('round 2 of the blind review', () => {
  const questionsOf = (d: ComposedAsk) => d.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  const read = FIXTURES.filter((f) => pageText(f.profile).trim());

  it('different senders to one person get different questions: each sender their page fits has one of their own', () => {
    let own = 0;
    for (const f of read) {
      const drafts = SENDERS.map((s) => composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW }));
      const asked = drafts.map(questionsOf);
      asked.forEach((qs, i) => {
        // A page that bears on nothing of the sender's gets questions on the person alone, whoever writes: one tying their
        // job to a goal it has no part in was marked "assumes something the person never did" (r24h: 75 to 1 against it).
        if (drafts[i]!.fit.level === 'poor') return;
        own++;
        const others = new Set(asked.filter((_, k) => k !== i).flat());
        expect(qs.some((q) => !others.has(q)), `${f.name} ${SENDERS[i]!.id}: ${qs.join(' | ')}`).toBe(true);
      });
    }
    expect(own).toBeGreaterThanOrEqual(10);
  });

  it('no question repeats a quote of the opening word for word', () => {
    for (const c of cases.filter((x) => x.channel !== 'connection-note')) {
      const d = draft(c);
      const opening = d.body.split('\n\n')[1] ?? '';
      for (const m of opening.matchAll(/"([^"]+)"/g)) for (const q of questionsOf(d)) expect(echoes(q, m[1] ?? ''), `${c.f.name} ${c.s.id}: ${q}`).toBe(false);
    }
  });

  it('subjects name their topic in 60 characters or fewer, never the sender\'s goal', () => {
    for (const c of cases.filter((x) => x.channel === 'inmail' || x.channel === 'email')) {
      const d = draft(c);
      const g = goal(c.s.me.shortTermGoal)?.text ?? '';
      expect(textLength(d.subject ?? ''), d.subject).toBeLessThanOrEqual(60);
      // No run of four words from the goal ("presenting forecasts clearly to…", "health-tech product work").
      const words = g.toLowerCase().split(/\s+/);
      for (let i = 0; i + 3 < words.length + (words.length < 4 ? 1 : 0); i++) expect((d.subject ?? '').toLowerCase(), d.subject).not.toContain(words.slice(i, i + Math.min(4, words.length)).join(' '));
    }
  });

  it('a message keeps the whole goal and stays flexible about time', () => {
    for (const c of cases.filter((x) => x.channel !== 'connection-note')) {
      const d = draft(c);
      const g = goal(c.s.me.shortTermGoal)!;
      const end = (t: string) => t.split(' ').slice(-3).join(' ');
      expect([end(g.text), end(withoutAdverbs(g.text))].some((e) => d.body.includes(e)), d.body).toBe(true);
      expect(d.body, d.body).toMatch(/fit your|fit around your|any time that suits you/i);
    }
  });

  it('one sentence of theirs is named the same way on each of their pages and by every sender', () => {
    const label = new Map<string, Set<string>>();
    for (const c of cases) {
      for (const m of draft(c).body.matchAll(/(your post|your article|your line|the line) "([^"]+)"( in your About section)?/g)) {
        const kind = m[1] === 'your post' ? 'post' : m[1] === 'your article' ? 'article' : 'about';
        // Joaquín has two pages (ember-2024-a, public-2024-a): a sentence is his About line on both.
        const key = `${c.f.profile.fullName}: ${fold(m[2] ?? '')}`;
        label.set(key, new Set([...(label.get(key) ?? []), kind]));
      }
    }
    for (const [q, kinds] of label) expect([...kinds], q).toHaveLength(1);
  });

  it('a page that could not be read leaves room in a free note for what the user fills in', () => {
    const f = FIXTURES.find((x) => x.name === 'not-found-2024');
    for (const s of SENDERS) expect(composeAsk({ profile: f!.profile, me: s.me, channel: 'connection-note', now: NOW }).length).toBeLessThanOrEqual(160);
  });

  it('a page with only a title says it once and asks honestly', () => {
    for (const name of ['ember-2024-e', 'public-2024-b']) {
      const f = FIXTURES.find((x) => x.name === name)!;
      for (const s of SENDERS) {
        const d = composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW });
        expect(d.body.match(/your work as/g)?.length ?? 0, d.body).toBeLessThanOrEqual(1);
        expect(d.body, d.body).not.toMatch(/Does your work .* touch/);
      }
    }
  });
});

describe.runIf(FIXTURES.length > 0)('round 3 of the blind review', () => {
  const questionsOf = (d: ComposedAsk) => d.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  const get = (name: string, id: string) => composeAsk({ profile: FIXTURES.find((f) => f.name === name)!.profile, me: SENDERS.find((s) => s.id === id)!.me, channel: 'message', now: NOW });

  it("never hands the sender's goal to a job title, and asks no filler", () => {
    for (const c of cases.filter((x) => x.channel !== 'connection-note')) {
      for (const q of questionsOf(draft(c))) {
        expect(q, `${c.f.name} ${c.s.id}`).not.toMatch(/^(?:As an? [^,]+, how would you|Where would you start, as)|what would you tell someone moving into|Your profile is brief|If you had to .* what from that/);
      }
      expect(draft(c).body).not.toMatch(/That is what your \w+ is about|I'd value an? [^.]*'s view|how an? [^.]* would go about it/);
    }
  });

  it('says plainly when the pairing is poor, and not when a line of theirs is on the goal', () => {
    for (const s of SENDERS.filter((x) => x.id !== 'teacher')) expect(get('ember-2024-e', s.id).fit.level, s.id).toBe('poor');
    // The worked pairs: dashboards for the analyst, reliability under load for the engineer, growth experiments for the marketer.
    for (const [name, id] of [['ember-2024-d', 'analyst'], ['sdui-2026-self', 'engineer'], ['public-2026-a', 'marketer'], ['ember-2024-b', 'teacher']] as const) {
      const d = get(name, id);
      expect(d.fit.level, `${name} ${id}`).toBe('good');
      expect(d.fit.note).toBe('');
    }
    for (const c of cases) expect(['good', 'fair', 'poor']).toContain(draft(c).fit.level);
  });

  it('opens on the line most on the goal: reliability under load, dashboards, a shared name', () => {
    expect(get('sdui-2026-self', 'engineer').hook?.detail, 'engineer → Rohan').toMatch(/idempotent|traffic triples|fragile pipeline|load tests/i);
    expect(get('ember-2024-d', 'analyst').hook?.detail).toMatch(/dashboards/i);
    expect(composeAsk({ profile: FIXTURES.find((f) => f.name === 'sdui-2026-self')!.profile, me: SENDERS.find((s) => s.id === 'teacher')!.me, channel: 'connection-note', now: NOW }).body).toMatch(/Python Threads/);
  });

  // Her page is on services, never on payments: what it taught her is asked in her words (r37, round-37.test.ts).
  it('asks how they did what the quoted line says, and what that taught them, before "How did you end up at …?" (r16)', () => {
    const qs = get('ember-2024-b', 'engineer').body.split('\n').filter((l) => l.startsWith('- '));
    expect(qs).toEqual([expect.stringMatching(/^- How did you get your load tests to run on every release\?$/), expect.stringMatching(/^- What has that taught you about making services reliable\?$/)]);
  });
});
