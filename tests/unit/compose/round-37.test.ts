/**
 * r37: the shared fixtures' blind review (r36) kept drafts that fit well under 4 on their questions: one asked back the line
 * the reason had just said ("You also write that idempotent handlers made retries boring" then "How did idempotent handlers
 * make retries boring?"), and one pushed the sender's field on someone whose page never names it ("What has that taught you
 * about making payment services reliable?", to an engineer who never mentions payments).
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { echoes, inTheirTerms, theirRole } from '../../../lib/compose/bridge';
import { terms } from '../../../lib/compose/meaning';
import { goal } from '../../../lib/compose/goals';
import { goalCut } from '../../../lib/compose/ask';
import { headlineRoles } from '../../../lib/compose/titles';
import { achieved } from '../../../lib/compose/line-questions';
import { askedAbout, gerund, quotable, sentences, topicOf } from '../../../lib/compose/clauses';
import { firstNameOf } from '../../../lib/linkedin/names';
import { invitationIn, invitedName } from '../../../lib/compose/invitation';
import { readFixtures, SENDERS } from './senders';
import { unseenDraft, unseenPerson } from './unseen';
import { NOW } from './profiles';

const questionsOf = (body: string) => [...body.matchAll(/^- (.+)$/gm)].map((m) => m[1]!);
const fixtures = readFixtures().filter((f) => f.profile.fullName);
const draft = (name: string, sender: string) => {
  const f = fixtures.find((x) => x.name === name)!;
  const s = SENDERS.find((x) => x.id === sender)!;
  return composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone }).body;
};
/** Every page's words, as the page shows them. */
const pageOf = (name: string) => {
  const p = fixtures.find((x) => x.name === name)!.profile;
  return terms([p.headline, p.about, ...p.activity.map((a) => a.text), ...p.experience.flatMap((e) => [e.title, e.company, e.description])].filter(Boolean).join('. ')).stems;
};

describe('a question never says again the line the reason has just said', () => {
  it('"made" and "make" are one wording', () => {
    expect(echoes('How did idempotent handlers make retries boring?', 'Idempotent handlers made retries boring.')).toBe(true);
    expect(echoes('How did you get your load tests to run on every release?', 'Idempotent handlers made retries boring.')).toBe(false);
  });

  it.each(fixtures.flatMap((f) => SENDERS.map((s) => [f.name, s.id] as const)))('%s × %s', (name, sender) => {
    const body = draft(name, sender);
    const reason = /You also write that ([^.]+?)(?:, so I thought of you)?\./.exec(body)?.[1];
    if (!reason) return;
    for (const q of questionsOf(body)) expect(echoes(q, reason), q).toBe(false);
  });
});

describe("the goal is asked about in words the person's page speaks to", () => {
  it('a word naming the kind of a thing their page never names goes; words that describe it, and the thing, stay', () => {
    const page = terms('Most of my week goes into designing services that stay fast when traffic triples overnight.').stems;
    expect(inTheirTerms('making payment services reliable', page)).toBe('making services reliable');
    expect(inTheirTerms('making payment services reliable', terms('We run payment services.').stems)).toBe('making payment services reliable');
    expect(inTheirTerms('presenting forecasts to non-technical stakeholders', page)).toBe('presenting forecasts to non-technical stakeholders');
    expect(inTheirTerms('running growth experiments', page)).toBe('running growth experiments');
  });

  // What their work taught them is theirs to say only on what their work was: "help me make payment services reliable" is the
  // sender's own ask, and stays.
  it.each(fixtures.map((f) => [f.name] as const))('%s: what it taught them is asked of payments only where the page says payments', (name) => {
    const says = [...terms('payment').stems].some((st) => pageOf(name).has(st));
    const taught = questionsOf(draft(name, 'engineer')).filter((q) => /\b(?:taught you about|teach you that would help)\b/.test(q));
    for (const q of taught) if (!says) expect(q).not.toMatch(/\bpayments?\b/i);
  });
});

describe('"that idea" points at a line of theirs, not at the question before it', () => {
  it.each(fixtures.flatMap((f) => SENDERS.map((s) => [f.name, s.id] as const)))('%s × %s', (name, sender) => {
    const qs = questionsOf(draft(name, sender));
    const k = qs.findIndex((q) => /\bthat idea\b/.test(q));
    // Second only after a question on a line of theirs that holds one ("What convinced you that …?").
    if (k > 0) expect(qs[k - 1]).toMatch(/\bthat\b/);
  });
});

/*
 * r37, set 26 (architecture, interiors, surveying, real estate and property), written by a helper who had not seen the
 * composer and scored blind before any fix at 2.59 of 5, none of 40 drafts at 4 or more on all six: "working towards hi.",
 * "working to find a year-out placement (Part.", "working to shift in BIM field", "What from your experience as a founder…" to
 * an architect, "You also write that you saved you about a day per design stage", "What helped most when you were studying
 * for your BIM?", and two offers to write, one to
 * architecture students and one to architects new to Ontario, read as any line.
 */
describe('set 26: goals as people type them', () => {
  it.each([
    ['Find a year-out placement (Part 1) starting in September, ideally at a small practice that does residential retrofit', /^find a year-out placement$/],
    ['want to shift in BIM field. learning revit from youtube.', /^move into BIM$/],
    ['have my own small studio for hospitality interiors, boutique hotels and restaurants', /^open my own small studio for hospitality interiors/],
    ['1) pass my driving test 2) get a job', /^pass my driving test$/],
  ])('%s', (typed, said) => {
    expect(goal(typed)?.text).toMatch(said);
  });

  it('a greeting is no goal: "hi so I work in hotels…" gives the goal typed for later', () => {
    expect(goal('hi so I work in hotels almost 9 years now and always I am the one who is changing the decoration')).toBeNull();
    for (const ch of ['message', 'connection-note'] as const) {
      const body = unseenDraft('hannah-okafor-interiors', 'hotel-to-interiors', ch).body;
      expect(body).not.toMatch(/\btowards hi\b|\btowards have\b/);
      expect(body).toMatch(/open(?:ing)? my own small studio/);
    }
  });

  it('a question typed without its article gets it: "or is this a bad idea?"', () => {
    expect(questionsOf(unseenDraft('hannah-okafor-interiors', 'hotel-to-interiors').body).join(' ')).toMatch(/is this a bad idea\?/);
  });

  it('a licence keeps its place, short of room: "becoming a licensed architect in Ontario"', () => {
    expect(goalCut('becoming a licensed architect in Ontario and lead residential or mixed-use projects again')).toBe('becoming a licensed architect in Ontario');
    expect(unseenDraft('ines-carvalho-moreira-arq', 'architect-istanbul-to-toronto', 'connection-note').body).toMatch(/licensed architect in Ontario/);
  });

  it('without a role, who I am still takes its comma', () => {
    expect(unseenDraft('tomasferreyra-bim', 'almost-empty-property', 'connection-note').body).toMatch(/I'm Jordan, making a move of my own/);
  });
});

describe('set 26: their work as they would name it', () => {
  it.each([
    ['ines-carvalho-moreira-arq', 'a principal architect'],
    ['hannah-okafor-interiors', 'a lead designer'],
    // No job now: the role their headline gives, without the letters after it.
    ['rebecca-lau-rpp', 'a land use planner'],
  ])('%s → %s', (slug, role) => {
    expect(theirRole(unseenPerson(slug))).toBe(role);
  });

  it('an owner who is also a chief executive stays "a founder": "as a CEO" says no more', () => {
    expect(theirRole(unseenPerson('tylerbrooks-gridloop'))).toBe('a founder');
  });

  it('"Land Use Planner, MCIP, RPP" is a role', () => {
    expect(headlineRoles('Land Use Planner, MCIP, RPP | Development Approvals').roles).toEqual(['land use planner']);
  });

  it("a manager's view is no bridge to an architect's licence: the goal's second aim (\"…and lead projects again\") runs nothing", () => {
    for (const slug of ['wanjiru-kamau-4b7a21190', 'gemma-thornton-harlowfinch']) expect(unseenDraft(slug, 'architect-istanbul-to-toronto').body).not.toMatch(/What from your experience as/);
  });

  it('a field in letters is no qualification, and a product keeps its capital', () => {
    const qs = questionsOf(unseenDraft('tomasferreyra-bim', 'site-eng-to-bim').body).join(' ');
    expect(qs).not.toMatch(/studying for your BIM/);
    expect(qs).toMatch(/Revit technician/);
  });

  it('a line whose subject is a thing is never said as theirs: "Saved us about a day per design stage"', () => {
    expect(achieved('Saved us about a day per design stage.')).toBe('');
    for (const s of ['arch-student-sheffield', 'architect-istanbul-to-toronto', 'site-eng-to-bim']) expect(unseenDraft('tomasferreyra-bim', s).body).not.toMatch(/you saved you|saved that stage/);
  });

  it('a post set up by a question asked of them is named by the question: "whether you regret leaving teaching"', () => {
    expect(askedAbout('Someone asked me last week if I regret leaving teaching.')).toBe('whether you regret leaving teaching');
  });

  it('someone between jobs is never asked what they are working on these days', () => {
    for (const s of ['arch-student-sheffield', 'site-eng-to-bim', 'almost-empty-property']) {
      const qs = questionsOf(unseenDraft('rebecca-lau-rpp', s).body);
      expect(qs.join(' ')).not.toMatch(/these days/);
      expect(qs.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a promotion is still asked about as a move, to someone making one of their own (r37a paired review, 4 to 0)', () => {
    expect(unseenDraft('ciaranwhelan-mrics', 'almost-empty-property').body).toMatch(/move of my own: what helped most when you moved from senior quantity surveyor to associate director/);
  });
});

describe('set 26: offers to write, read as offers', () => {
  it.each([
    ['If you are an architecture student interested in rehabilitation, feel free to write — I can\'t always answer quickly but I do read everything.', 'architecture students'],
    ["If you're an architect or developer new to Ontario and trying to understand how approvals actually work here, I'm happy to point you in the right direction.", 'architects'],
  ])('%s', (line, name) => {
    const inv = invitationIn(line);
    expect(inv).not.toBeNull();
    expect(invitedName(inv!.whom)).toBe(name);
  });

  it.each([
    ['ines-carvalho-moreira-arq', 'arch-student-sheffield', /offer to architecture students|You wrote "If you are an architecture student/],
    ['rebecca-lau-rpp', 'architect-istanbul-to-toronto', /your offer to architects/],
  ])('%s ← %s', (slug, sender, said) => {
    for (const ch of ['message', 'connection-note'] as const) expect(unseenDraft(slug, sender, ch).body).toMatch(said);
  });

  it('a condition with its offer two sentences on is one: "If you\'re thinking about switching careers into interiors: it\'s doable. … Happy to chat…"', () => {
    const inv = invitationIn("If you're thinking about switching careers into interiors: it's doable.", "It's also slower and less glamorous than Instagram suggests.", [], "Happy to chat if you're in the thick of it.");
    expect(inv?.quote).toBe("If you're thinking about switching careers into interiors: it's doable");
    expect(invitedName(inv!.whom)).toBe('people switching careers into interiors');
    // To a hotel's guest experience manager set on a studio for hospitality interiors: the reason she writes.
    expect(unseenDraft('hannah-okafor-interiors', 'hotel-to-interiors').body).toMatch(/switching careers into interiors.*so here I am/);
    // Not to an architect, who is switching nothing.
    expect(unseenDraft('hannah-okafor-interiors', 'architect-istanbul-to-toronto').body).not.toMatch(/so here I am|taking you up/);
  });

  it('an offer to architecture students is no reason for a hotel manager', () => {
    expect(unseenDraft('ines-carvalho-moreira-arq', 'hotel-to-interiors').body).not.toMatch(/so here I am|taking you up/);
  });
});

/*
 * r37, set 27 (journalism, PR, communications, publishing and podcasting), written by a helper who had not seen the composer
 * and scored blind before any fix at 2.50 of 5, none of 40 drafts at 4 or more on all six: "working towards wana start a
 * footbal podcast need help on geting guests n equipmnt", "working towards working marketing assistant almost 2 years now",
 * "finishing revising manuscript and figure out…", "your line on You'll", "Drop me a note if that's you" quoted alone, "I'm
 * Nguyen" for Nguyen Thu Ha, "journaliste stagiaire" in English questions, and three offers to write left unread: to people
 * just promoted, to first-time podcasters, to teachers moving into comms.
 */
describe('set 27: goals as people type them', () => {
  it.each([
    ['wana start a footbal podcast need help on geting guests n equipmnt', /^start a footbal podcast$/],
    ['I am working marketing assistant almost 2 years now but I feel I like the PR part more (writing press release, working with journalist at events) so I want to move to PR agency, maybe Singapore or stay in Hanoi? is it better start in local agency first', /^move to a PR agency$/],
    ['Finish revising my manuscript and figure out if I need a book proposal or the full manuscript to query agents for a memoir', /^finish revising my manuscript$/],
  ])('%s', (typed, said) => {
    expect(goal(typed)?.text).toMatch(said);
  });

  it('two aims joined by "and" both take -ing', () => {
    expect(gerund('finish revising my manuscript and figure out if I need a book proposal')).toBe('finishing revising my manuscript and figuring out if I need a book proposal');
  });

  it('a Vietnamese name without its accents still goes by the given name: "Nguyen Thu Ha" is Ha', () => {
    expect(firstNameOf('Nguyen Thu Ha', null, [])).toBe('Ha');
    expect(firstNameOf('Anh Nguyen', null, [])).toBe('Anh');
    expect(firstNameOf('Le Roy Smith', null, [])).toBe('Le');
  });
});

describe('set 27: lines as people write them', () => {
  it('a pronoun with its verb run in names no topic, and an ask that points back is never quoted', () => {
    expect(topicOf("You'll need ~2 years agency experience and to be genuinely nosy about what people eat.")).toBe('');
    expect(quotable("Drop me a note if that's you.")).toBe(false);
    for (const s of ['student-journalist-cardiff', 'marketing-assistant-hanoi', 'near-empty-podcast']) {
      for (const ch of ['message', 'connection-note'] as const) expect(unseenDraft('hannahwhitcombe', s, ch).body).not.toMatch(/on You'll|"Drop me a note/);
    }
  });

  it('a quote that ends a sentence ends it, and a time leaning on the line before is no line to quote', () => {
    expect(sentences("A woman stopped me and said 'Dem don come fix am.' Three years after the money was allocated.")).toEqual(["A woman stopped me and said 'Dem don come fix am.'", 'Three years after the money was allocated.']);
    expect(quotable('Three years after the money was allocated.')).toBe(false);
    expect(quotable('Six months ago we offered every vet across our six clinics a 4-day, 10-hour roster if they wanted it.')).toBe(true);
    for (const ch of ['message', 'connection-note'] as const) expect(unseenDraft('adaeze-okonkwo-7a21b314', 'near-empty-podcast', ch).body).not.toMatch(/dem don|Three years after/i);
  });

  it('a French title is said in English', () => {
    expect(unseenDraft('marie-eve-lachance-a3b9127', 'student-journalist-cardiff').body).not.toMatch(/journaliste/);
  });
});

describe('set 27: offers to write, however they are put', () => {
  it('whom they help, then "Drop me a note if that\'s you"', () => {
    const inv = invitationIn("I mentor people in their first few years of agency life, especially anyone who's just been promoted and is suddenly managing people with zero training (hi, that was me in 2016).", "Drop me a note if that's you.");
    expect(inv?.whom).toBe("anyone who's just been promoted and is suddenly managing people with zero training");
    expect(invitedName(inv!.whom)).toBe('people just promoted');
    // To a senior account executive "(just promoted!)" now line managing an intern.
    expect(unseenDraft('hannahwhitcombe', 'junior-pr-promoted').body).toMatch(/so here I am/);
    expect(unseenDraft('hannahwhitcombe', 'junior-pr-promoted', 'connection-note').body).toMatch(/your offer to people just promoted/);
    // Not to a journalism student.
    expect(unseenDraft('hannahwhitcombe', 'student-journalist-cardiff').body).not.toMatch(/so here I am|taking you up/);
  });

  it('an offer after an emoji, its ask two sentences on ("Message me and I\'ll send the booking link.")', () => {
    expect(unseenDraft('lachlanpereira', 'near-empty-podcast').body).toMatch(/You wrote "If you're a first-time podcaster.*so here I am/);
    // Named by whom it invites, without what they bring ("with an idea and no clue where to start").
    expect(unseenDraft('lachlanpereira', 'near-empty-podcast', 'connection-note').body).toMatch(/your offer to first-time podcasters/);
  });

  it('others named in brackets are invited too: "a journalist (or a teacher, or a nurse, …) thinking about moving into comms"', () => {
    const inv = invitationIn("If you're a journalist (or a teacher, or a nurse, or anyone who explains complicated things for a living) thinking about moving into comms, a lot of people were generous with me when I made the jump.", 'Happy to pay it forward.', [], 'Send me a note, just maybe not during a code orange');
    expect(inv?.quote).toBe("If you're a journalist (or a teacher, or a nurse, or anyone who explains complicated things for a living) thinking about moving into comms");
    expect(unseenDraft('marie-eve-lachance-a3b9127', 'teacher-to-comms', 'connection-note').body).toMatch(/moving into comms/);
  });
});
