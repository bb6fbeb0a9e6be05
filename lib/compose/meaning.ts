import { stemmer } from 'stemmer';
import { glossOf } from './glossary';

/**
 * Matching by meaning, small and deterministic: words count by their stem ("dashboards",
 * "dashboard"), and a few families of related words count as one topic ("forecasts" and "dashboards"
 * are both about showing numbers to people). The table is ours and short on purpose: it covers the
 * fields people write to each other about, not the language.
 */
const STOP = new Set(
  ('a an the and or but if of to in on at for with by from into about as is are was were be been being am do does did ' +
    'have has had i me my we our us you your they their them he she his her it its this that these those there here ' +
    'so than then too very just also more most much many some any all each every one two three not no nor can could ' +
    'would should will shall may might must what which who whom whose when where why how while until after before over ' +
    'under again once only own same such both few other get got make made want like really lately today week day year years ' +
    // Prepositions: "across four branches" and "across pilotage, VTS, mooring" share nothing (s20 paired review).
    'across within around through between via per among toward towards without ' +
    // Order words: "my first backend job" and "the first month listening to customers" share no topic.
    'first second last next month months ' +
    // Verbs and adjectives anyone uses: sharing one says nothing about a shared topic.
    'run runs ran running learn learning use using build work working take help improve better good great new now still often ' +
    // "Open a door" and "open a small guesthouse" share a verb, no topic (s16; over two blind paired reviews, r29a and r29b, the
    // drafts without it won 11 of the 16 pairs it changed).
    'open opens opened ' +
    // "Turn one-off queries into maintained datasets" and "turn the Saturday sessions into a registered charity" share a verb, no
    // topic (r41, set 37).
    'turn turns turned turning ' +
    // "Move into product": the career verb says nothing about a topic ("moved our feature pipeline").
    'move moved moving ' +
    // Particles: "a BPharm top-up" shares no topic with "We don't tidy people up" (s22 paired review).
    'up down off out ' +
    // "Talk to people in the Discord" shares nothing with "become a better people manager" (unseen pages).
    'people person ' +
    // "The job is 30% libraries and 70% politics" shares no topic with finding a first job as a physio (s20 unseen pages);
    // a first job does (FIRST_JOB).
    'job jobs ' +
    // Nor a course or a role: "more about timetables than in any course" is not on a sommelier course, a "Field medical role" is
    // not on an HR business partner role (r26).
    'course courses role roles').split(' '),
);

/** Related words, by family. Each word is stemmed when the table loads. */
const FAMILIES: Readonly<Record<string, string>> = {
  numbers: 'dashboard report metric chart visual visualisation visualization forecast forecasting kpi analytics analyst dataset number figure insight query sql baseline score measure',
  explaining: 'present presentation stakeholder manager leadership executive explain communicate communication story storytelling audience brief simple reads read non-technical',
  product: 'product discovery customer user roadmap launch feature prioritise prioritize idea requirement journey',
  teaching: 'teach teacher teaching mentor junior education educator student learn learning training course coach classroom school lesson explain review',
  software: 'engineer engineering software code coding developer programming python backend frontend test testing pull request review deploy release component api migration',
  career: 'career change move transition switch path first job role promotion next step',
  growth: 'marketing growth campaign brand audience pricing experiment partnership partner commercial market retail conversion footfall',
  reliability: 'outage reliability reliable latency load performance observability monitoring pipeline queue kafka incident debug debugging retry handler bottleneck cache caching traffic heavy fast scale throughput regression fragile synchronous idempotent resilient uptime',
  payments: 'payment payments pay transaction idempotent idempotency retry refund ledger checkout billing fraud fintech bank banking',
  // What managing people is about, day to day: "Burnout is our biggest problem" bears on becoming a better people manager (h4 review).
  teams: 'team lead leader leading manage management leadership hire hiring people feedback colleague culture burnout morale wellbeing rota roster one-to-one',
  strategy: 'strategy strategic plan planning operating business model decision priority',
  ai: 'ai ml model evaluation prompt retrieval label labelled training applied llm genai',
  // A design system is components and tokens that engineers build with (u15 review: the designer and a line on well-tested components).
  design: 'design designer component ui ux figma prototype usability accessibility token',
  // Finding out what people do and need: "Ran 60+ ward observations and usability sessions" bears on a move into UX research (s19
  // review). Not "research" itself, which the words share already: a second family would make any line on research a reason.
  research: 'ux usability interview interviewing observation survey fieldwork ethnography ethnographic participant persona diary',
  // Hair, nails and beauty work: a junior stylist after her own salon and a barber who opened his own shop (r35, set 23).
  hair: 'salon barber barbershop barbering stylist hairdresser hairdressing hair colourist blow-dry braid braiding locs nail nails manicure lash brow beauty spa',
  // Training people in a gym: a new personal trainer and a gym manager (r35, set 23).
  fitness: 'gym fitness pt strength conditioning workout pilates yoga',
  media: 'media film video production producer content story social platform format screening',
  // News work by its titles: a reporter and a journalism graduate after a staff job (r40, set 34).
  // Not "reporting", "news", "editor" or "writer", whose stems are any report's, anything new's, any edit's and anyone's who writes.
  journalism: 'journalism journalist reporter newsroom newspaper editorial correspondent',
  security: 'security cybersecurity soc siem threat incident vulnerability pentest penetration phishing malware firewall',
  sales: 'sales account executive business development revenue quota deal prospect',
  // Winning money by writing for it: a tender, a grant application, a sponsorship pitch (r14 review: a curator's grant
  // applications and sponsorship bear on a bid coordinator writing proposals that win tenders).
  // Giving old buildings a new life: an architect's "rehabilitation" is a student's "retrofit or reuse" (r37, set 26).
  renovation: 'retrofit retrofitting reuse renovation renovate refurbishment refurbish rehabilitation restoration restore conversion heritage',
  // Charities by what they are called: a foundation, to a nurse setting up a charity (r41, set 37: her drafts to a foundation's
  // chair opened on an unrelated line). Not "board", which an Irish school has too ("Foundation Phase" and a board of management).
  charity: 'charity charities nonprofit non-profit ngo foundation trustee trustees',
  funding: 'fund funding funder grant sponsor sponsorship proposal tender bid bidding pitch procurement donor fundraising',
  // Greeting people and booking them in: a dental practice's front desk coordinator and a medical receptionist (r39, set 31).
  frontdesk: 'reception receptionist frontdesk frontoffice concierge',
  // Moving stock in and out: a picker after inventory control or transport planning, and an inbound shift leader's "receiving
  // and putaway" at a DC with a WMS (r39, set 31: the popup said nothing on his page bore on the goal).
  logistics: 'logistics warehouse inventory stock wms putaway receiving inbound outbound picking dispatch freight shipment replenishment',
  // The work of HR by its own words: a supervisor moving into HR, and an onboarding or payroll line (r39, set 31). Not
  // "recruitment", which is also a reef's ("coral recruitment"), nor "hired", which every career post says.
  hr: 'hr recruiter onboarding induction payroll',
};

/** Stems the Porter stemmer merges that mean different things here ("production" is not "product", an "experience" is not an "experiment", a vet's "clinic" is not "clinical" informatics, "secured" money is not security, a "reporter" writes no weekly report). */
const KEEP = /^(?:production|productions|productive|productivity|general|generally|organic|universal|university|experience|experiences|experienced|secure|secured|securing|secures|clinical|reporter|reporters)$/;
/**
 * Words the Porter stemmer merges with another that keep a stem of their own: "customs" brokers are no "customers" (s23: "Their
 * page touches your goal only through customs" on a UX researcher's customer centre); a ship's "engine" is no "font engineer" (r26).
 */
// Accounts kept are no "account" won: "the accounts department" is no sales account (s16: "You work in accounts", to a hotel's
// revenue analyst, as "revenue" is a sales word).
const OWN_STEM: Readonly<Record<string, string>> = { customs: 'customs', customer: 'customer', customers: 'customer', engine: 'engine', engines: 'engine', accounts: 'accounting', accounting: 'accounting', accountant: 'accounting', accountants: 'accounting', accountancy: 'accounting' };
const STEMS = new Map<string, string>();
/** Doers the Porter stemmer leaves apart from their work ("editor" and "editing", s20 unseen pages). */
const AGENT: Readonly<Record<string, string>> = { editor: 'edit', teacher: 'teach', writer: 'write', surveyor: 'survei', physiotherapist: 'physio', physiotherapi: 'physio', physiotherapeut: 'physio', rehabilit: 'rehab', journalist: 'journal', journal: 'journal', photograph: 'photographi', illustr: 'illustr', illustrator: 'illustr', translat: 'translat', translator: 'translat', licens: 'licenc', financi: 'financ' };
/** A word's stem, cached, with the stems that would merge different things kept apart (KEEP). */
export const stemOf = (w: string) => {
  const x = w.toLowerCase().replace(/['’]s?$/, '');
  let s = STEMS.get(x);
  if (s === undefined) {
    s = OWN_STEM[x] ?? (KEEP.test(x) ? x.replace(/s$/, '') : stemmer(x));
    // The one who does it and the work share a stem: an editor edits, an agronomist does agronomy, a physio physiotherapy.
    // An apprenticeship is what an apprentice does, an internship an intern's (s20 unseen pages), a cadetship a cadet's (r26).
    s = AGENT[s] ?? s.replace(/(olog)ist$/, '$1').replace(/(onom|rap)ist$/, '$1i').replace(/^(apprentic|intern|trainee|cadet)(?:eship|ship)$/, '$1');
    if (STEMS.size > 50000) STEMS.clear();
    STEMS.set(x, s);
  }
  return s;
};

const FAMILY_OF = new Map<string, string[]>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const w of words.split(' ')) {
    const s = stemOf(w);
    FAMILY_OF.set(s, [...(FAMILY_OF.get(s) ?? []), family]);
  }
}

export interface Terms {
  stems: ReadonlySet<string>;
  families: ReadonlySet<string>;
}

const cache = new Map<string, Terms>();

/** The verb "manage" (not "manager", "management"), which counts only with people after it. */
const MANAGING = /^manag(?:e|ed|es|ing)$/;
const PEOPLE_AFTER = /^(?:(?:a|an|the|my|our|their|his|her|two|three|four|five|six|seven|eight|nine|ten|\d+\+?)\s+)*(?:[\p{L}\d-]+\s+){0,3}(?:teams?|people|staff|reports|squads?|groups?|crews?|departments?|units?|wards?|clinics?|volunteers|[\p{L}-]+(?:ers|ors|ists|ants|ians|ees)|(?:stud|cli|pati|resid|ag)ents|nurses)\b/u;

/**
 * Two words that name one thing, a word of them in a sense of its own: a database's plan is no plan of work ("a better query
 * plan" and "product plans that engineers trust", r15 review); an engineer's design notes are no UI design ("writing design
 * notes" and "a design system", r14 review), nor is "designing services that stay fast" (r14 review).
 */
// Nor is a software engineer's "system design" a designer's "design system" (r38, set 28: a student short of system design
// basics wrote to a product designer on her "first design system").
// Nor are a queue's "message consumers" the consumers of a consumer brand (r39: a marketer set on growth for a consumer brand
// opened on "profiling our message consumers").
// Nor is testing prices or ideas a developer's testing of code (r39, set 33: "We tested three pricing models…", to a developer
// learning to write tests): the verb alone is marked, the prices stay.
const TESTED = /\btest(?:ed|ing|s)?(?=\s+(?:(?:three|two|four|five|\d+|new|our|the|a|different|several|many)\s+)?(?:pricing|prices?|ideas?|offers?|headlines?|messages?|hypothes[ie]s|assumptions?|concepts?|campaigns?|landing pages?)\b)/g;
const QUERY_PLAN = /\b(?:(?:query|execution|explain)\s+plans?|systems?\s+design|(?:message|queue|event|kafka|stream)\s+consumers?)\b/g;
// A product or project manager manages no people: "managing a 28-bed ward" shares nothing with landing a first product
// manager role (r17 review: a nurse's ward was the reason a support lead heading into product wrote to her).
const NOT_PEOPLE_MANAGER = /\b((?:product|project|program|programme|account|brand|marketing|content|community|category|campaign|release|property|office|social media)\s+)(manag(?:er|ers))\b/g;
// Managing things, not people: "thermal management" in a battery engineer's headline, "revenue management" (s19 unseen pages);
// a harbour master's "fatigue management" shares nothing with "cost management" but the word (s20 unseen pages).
const THINGS_MANAGED = /\b((?:thermal|energy|power|battery|waste|water|risk|data|asset|inventory|cash|revenue|yield|property|facilities|portfolio|fleet|memory|configuration|release|incident|vendor|supplier|wealth|investment|fund|treasury|records|document|content|cost|fatigue|safety|quality|pain|weight|crop|pest|nutrient|soil|land|forest|traffic|stock|warehouse|contract|case|time|change)\s+)(management)\b/g;
// Nor "designed the idempotency layer for UPI callbacks" (r38, set 28: a staff engineer's line, to a graphic designer moving
// into UX). "A design system" stays design; "the payment system" a designer never made.
const ENGINEERS_DESIGN = /\b(?:design\s+(?:notes?|docs?|documents?|reviews?)|design(?:s|ed|ing)?\s+(?:(?:the|a|an|our|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:services?|apis?|schemas?|databases?|pipelines?|backends?|architectures?|layers?|protocols?|infrastructure|endpoints?|queues?|clusters?|caches?)|design(?:s|ed|ing)?\s+(?:the|a|an|our|their)\s+(?![\p{L}-]*design)(?:[\p{L}-]+\s+){1,2}systems?)\b/gu;

/** Whether a text names a job leading people ("team leader", "branch manager"), not managing things ("cost management", "product manager"). */
export const leadsPeople = (text: string) => /\b(?:manag(?:er|ers|ement)|head|lead(?:er)?|supervisor|director|chief|gm|general manager)\b/i.test(text.replace(NOT_PEOPLE_MANAGER, ' ').replace(THINGS_MANAGED, ' ').replace(NOT_PEOPLE_MANAGEMENT, ' '));
/** "Product management" runs a product, not people (r39: an occupational therapist moving into it is no team leader in waiting). */
const NOT_PEOPLE_MANAGEMENT = /\b(?:product|project|program|programme|account|brand|marketing|content|community|category|campaign|release|office|social media)\s+management\b/gi;

/** Words people write as one or two ("cyber security" and "cybersecurity", s20 unseen senders); a business partner is a job, not a business; to "set up" a report shares nothing with an evaluation set (r39c). */
const COMPOUND = /\b(?:cyber[\s-]security|health[\s-]care|data[\s-]base|web[\s-]site|e-mail|on-boarding|business partners?|front[\s-](?:desk|office)|set[\s-]up)\b/g;

/** A first job or role is a topic ("your first game design job probably won't come from…", to someone after one), where "the job is 30% libraries" is none. */
const FIRST_JOB = /\bfirst\s+(?:[\p{L}-]+\s+){0,4}?(?:jobs?|roles?)\b/gu;

/** The content words of a text as stems, and the families they belong to. */
/** Short forms people type for a job ("backend dev", "proj mgr"). */
// "agtech" is "agritech" (r33, set 20: a product manager's offer to people breaking into agtech, to a developer heading into agritech).
// A "postdoc" is a postdoctoral fellow or researcher (r38, set 30: "PhD students and postdocs thinking about industry: DM me", to
// a postdoctoral fellow moving into data science).
const SHORT_FOR: Readonly<Record<string, string>> = { dev: 'developer', devs: 'developers', mgr: 'manager', engg: 'engineering', agtech: 'agritech', 'ag-tech': 'agritech', 'agri-tech': 'agritech', postdoc: 'postdoctoral', postdocs: 'postdoctoral' };
/**
 * British and American spellings are one word: a "call center team leader" and "three years … in your customer centre" (s23).
 * Not "programme": it is a scheme, where "program" is often code, and joining them tied an education programme to software.
 */
const SPELLED: Readonly<Record<string, string>> = { centre: 'center', centres: 'centers', colour: 'color', colours: 'colors', licence: 'license', behaviour: 'behavior', defence: 'defense', theatre: 'theater', labour: 'labor', neighbour: 'neighbor' };

export function terms(text: string): Terms {
  const hit = cache.get(text);
  if (hit) return hit;
  // A word used in a sense of its own is marked (a stem nothing shares): "design" of "designing services", which keep their
  // meaning; both words of a database's "query plan".
  // "S&C", "FP&A", "R&D" are one word each; "strength and conditioning" is S&C written out (s21 unseen pages), "financial
  // planning and analysis" FP&A (r38, set 29).
  const words = text.toLowerCase().replace(/\bstrength\s*(?:&|and)\s*conditioning\b/g, 's&c').replace(/\bfinancial planning\s*(?:&|and)\s*analysis\b/g, 'fp&a').replace(/\b(\p{L}{1,3})&(\p{L}{1,3})\b/gu, '$1amp$2').replace(COMPOUND, (m) => m.replace(/[\s-]+/g, '')).replace(FIRST_JOB, '$& firstjob').replace(QUERY_PLAN, (m) => m.replace(/\S+/g, 'x$&')).replace(TESTED, 'x$&').replace(ENGINEERS_DESIGN, 'x$&').replace(NOT_PEOPLE_MANAGER, '$1x$2').replace(THINGS_MANAGED, (_, thing: string, m: string) => `${thing}${thing.trim()}${m}`).match(/(?<![\p{N}])\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  const stems = new Set<string>();
  const families = new Set<string>();
  words.forEach((raw, i) => {
    // "Managed loan agreements" is managing things, not people: no match for "become a better people manager" (h4 review).
    if (MANAGING.test(raw) && !PEOPLE_AFTER.test(words.slice(i + 1, i + 6).join(' '))) return;
    // "Things I care about" is no care of patients: the verb shares nothing with a nurse's "Intensive Care" (r18 paired review:
    // a nurse moving into clinical informatics wrote to a game designer on his "Things I care about" line, over his move).
    if (/^car(?:e|es|ed|ing)$/.test(raw) && /^(?:about|most|deeply|a lot)$/.test(words[i + 1] ?? '')) return;
    for (const w of raw.split('-')) {
      if (w.length < 2 || STOP.has(w)) continue;
      // "senior backend dev" is a developer: the same stem as "Java Developer" (s22 unseen senders).
      const s = stemOf((raw === w && SHORT_FOR[w]) || SPELLED[w] || w);
      stems.add(s);
      // A word marked as used in a sense of its own keeps its field ("product manager" is still about managing work).
      for (const f of FAMILY_OF.get(s) ?? (s === 'xmanag' ? FAMILY_OF.get('manag') : undefined) ?? []) families.add(f);
      // A work word of another language counts as its English one too ("aduanal", customs): glossary.ts.
      for (const g of glossOf(w)) {
        const e = stemOf(g);
        stems.add(e);
        for (const f of FAMILY_OF.get(e) ?? []) families.add(f);
      }
    }
    if (raw.includes('-') && FAMILY_OF.has(stemOf(raw))) for (const f of FAMILY_OF.get(stemOf(raw)) ?? []) families.add(f);
  });
  const t = { stems, families };
  if (cache.size > 20000) cache.clear();
  cache.set(text, t);
  return t;
}

/** People a goal is for ("that our engineers adopt", "to non-technical stakeholders"): who, not what about. */
const PEOPLE = /^(?:engineers?|developers?|analysts?|managers?|stakeholders?|users?|customers?|clients?|students?|teachers?|designers?|leaders?|leadership|executives?|people|teams?|colleagues?|others)$/;

/**
 * A goal's terms: every word as a stem, but the families only of what it is about. "Build a design system that our
 * engineers adopt" is about design systems, not software: a line on load tests shares nothing with it (u15 review:
 * a designer asked how their load tests run on every release).
 */
export function aimTerms(text: string): Terms {
  // "Price a B2B product": what is done to it (pricing) is the goal, not product work (r16 review: a line on a product's
  // roadmap was "close to my goal" for someone learning to price one). Only after a verb with a field of its own; the
  // word itself still counts ("Pricing is a product decision"), its field does not.
  const verb = /^(\p{L}+)\s/u.exec(text)?.[1] ?? '';
  const thing = (FAMILY_OF.get(stemOf(verb)) ?? []).length && /\s(?:an?|the|our|my|their)\s+(?:[\p{L}\d-]+\s+){0,2}(?:products?|services?|business(?:es)?)$/iu.test(text);
  const all = terms(text);
  if (thing) return { stems: all.stems, families: aimTerms(text.replace(/\s+\S+$/u, '')).families };
  // What they want to become is what the goal is about ("become a better people manager"), never whom it is for.
  const become = /\bbecom\w*\s+(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(text)?.[1] ?? '';
  const about = terms(`${text.split(/\s+/).filter((w) => !PEOPLE.test(w.toLowerCase().replace(/[^\p{L}]/gu, ''))).join(' ')} ${become}`);
  return { stems: all.stems, families: about.families };
}

/**
 * How much `text` bears on what the sender wants (`want`): shared stems count most, shared families less,
 * and a line dense with related words ("Idempotent handlers made retries boring" for payments reliability)
 * a little more than one that brushes a family with a single word.
 */
export function relevance(want: Terms, text: string, families = true): number {
  const t = terms(text);
  let n = 0;
  for (const s of t.stems) if (want.stems.has(s)) n += 2;
  if (!families) return n;
  for (const f of t.families) if (want.families.has(f)) n += 1;
  let related = 0;
  for (const s of t.stems) if (!want.stems.has(s) && (FAMILY_OF.get(s) ?? []).some((f) => want.families.has(f))) related++;
  return n + Math.min(2, Math.max(0, related - 1));
}

/** Shared stems between two texts (the questions use it to tie a goal to a line of theirs). */
export function shared(a: string, b: string): string[] {
  const x = terms(a).stems;
  return [...terms(b).stems].filter((s) => x.has(s));
}

/** Names written mid-sentence ("Python", "SQL", "Kafka"): a shared one is the strongest sign of a shared topic. */
export const namesIn = (text: string) => (text.match(/(?<=\S\s+)\p{Lu}[\p{L}\d+#.]*/gu) ?? []).filter((w) => w !== 'I').join(' ');
