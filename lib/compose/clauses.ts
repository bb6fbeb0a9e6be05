import { textLength } from './limits';
import { unsafeToQuote } from './guard';
import { baseVerb, isVerbForm, startsWithVerb, withLanguageNames } from './goals';
import { isRole } from './headline';
import { withArticle } from './text';
import { memo } from '../memo';

/**
 * Whole sentences and clauses from profile text, fit to quote (ARCHITECTURE.md §2: "a whole title, a whole
 * sentence or clause, or its topic in a few words; never a fragment cut mid-clause").
 */

/** Leading filler before the sentence proper ("Once again, our load tests…"): kept in a quote, dropped from a topic. */
// A label before a colon ("Unpopular opinion: …", "Biggest lesson: …") is a lead-in too: the topic is what follows it.
const LEAD_IN = /^(?:(?:once again|above all|in practice|today|this week|last \p{L}+|over the past \p{L}+|at the same time|most days|looking back|lately|in my current role|outside work|before business school|in short|for me),|(?:unpopular opinion|hot take|controversial take|biggest lesson|lesson learned|the lesson|my take|reminder|psa|til|update|confession|truth is|plot twist|honest take|lesson|the truth|in english):)\s+/iu;
/** A mention LinkedIn prints before a post's first sentence (sdui-2026-b: "BLFX I enjoy…"). */
const MENTION = /^(?:@\S+|\p{Lu}[\p{Lu}\d&]+)\s+(?=(?:I|I'm|I've|We|We're|Our|My|The|This|It|It's|Small|Simple|Good)\s)/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Co}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu;

/** A company tag LinkedIn appends to a post's sentence ("…nobody opens from Google Cloud!", ember-2024-d): not their words. */
const TAG_TAIL = /\s+from\s+\p{Lu}[\p{L}.&-]*(?:,?\s+\p{Lu}[\p{L}.&-]*){0,3}\s*!$/u;

/** The language a line of a page in two languages is in, before it ("EN: Site manager for…", r32, set 17): not their words. */
const LANGUAGE_TAG = /^\[?(?:EN|ENG|PL|ES|PT|FR|DE|IT|NL|VI|SV|NO|DA|FI|TR|RO|CS|HU)\]?\s*[:|–-]\s*(?=\p{L})/u;

/** The sentences of a text, line by line, emoji and bullets off their edges; split once a text (compose ≤ 5 ms a draft), a copy each call. */
export function sentences(text: string | null | undefined): string[] {
  return [...sentencesOnce(text ?? '')];
}
const sentencesOnce = memo((text: string): readonly string[] => sentencesOf(text));
function sentencesOf(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const raw of (text ?? '').split(/\n+/)) {
    // A keycap number heading a line is its bullet ("2️⃣ Meet customers where they are…", s6 unseen pages: quoted as "2 ⃣ Meet…");
    // anywhere else, its digit.
    // So is a thread's count ("1/ You are not 'leaving science'", "6/ You can keep one foot in…": r38, set 30).
    const line = raw.replace(/^(?:\s*[0-9#*]\ufe0f?\u20e3)+\s*/u, '').replace(/^\s*\d{1,2}\/\s+(?=\p{L})/u, '').replace(/([0-9#*])\ufe0f?\u20e3/gu, '$1');
    // An emoji between two sentences ends the first ("no earth in half the house 😬 Safe now."), never glues them (s20).
    const clean = line.replace(new RegExp(`([\\p{L}\\d])\\s*(?:${EMOJI.source})+\\s+(?=\\p{Lu})`, 'gu'), '$1. ').replace(EMOJI, ' ').replace(/^[\s•·\-–—*➡️🔹]+/u, '').replace(/\s+/g, ' ').trim().replace(MENTION, '').replace(LANGUAGE_TAG, '');
    if (!clean) continue;
    // Never after "vs." or "e.g." ("+22% transfers vs. the same period in 2022", s20 unseen pages), nor before a lone capital
    // that an abbreviation names ("paid for your kat. D licence", s12 unseen pages: quoted as "…paid for your kat").
    // A quote that ends the sentence ends with it: "…said 'Dem don come fix am.' Three years after…" (r37, set 27: "What
    // convinced you that dem don come fix am.' Three years after…?").
    for (const s of clean.split(/(?<=[.!?]['’"”]?)(?<!\b(?:vs|e\.g|i\.e|approx|incl|St|Dr|Mr|Mrs|Ms|Prof|Jr|Sr)\.)\s+(?=["“‘(]?[\p{Lu}\d])(?![B-HJ-Z]\s+\p{Ll})/u)) if (s.trim()) out.push(s.trim().replace(TAG_TAIL, '.'));
  }
  return out;
}

/** Signs that a "sentence" is not one a person would quote back: tags, links, mentions, splices, cut-offs. */
const BROKEN = [
  /#\p{L}/u, /@\p{L}/u, /\^/, /https?:|www\.|lnkd\.in/i, /…|\.\.\./, /[()[\]{}<>]/, /["“”‘’]/,
  /\s\/\s.*\s\/\s/, // a list, not a sentence ("Polish / English / basic German and Russian": s5 unseen pages)
  /^I (?:also )?speak\s+\p{Lu}\p{L}+(?:\s*(?:,|and|&)\s*\p{Lu}\p{L}+)*(?:\s*[.–—-]|$)/u, // the languages they speak ("I also speak English": r34b review)
  /,\s+(?:I|we)\s/, // a comma splice from pasted pieces ("…not to do at ISTRAL, I coordinated…")
  /\b(?:how|that|the|a|an|to|of|with|and)\s+(?:at|in|on|of|to|the|with)\s+\p{Lu}/u, // "reminded me how at ISTRAL"
  /\p{Ll}\p{Lu}/u, // glued words
  /\b(?:at|in|of|from)\s+\p{Lu}{3,}\s+(?:the|a|an)\s+\p{Ll}/u, // two pieces pasted ("The MBA program at ISTRAL the ranking reflects…")
  /[:;]$/,
  // Two sentences run together, the second typed in lower case ("…it's NOT passive income. it's retail", r36, set 24).
  /[.!?]\s+\p{Ll}/u,
  // Their job-hunting status is not their work ("I'm not looking for a new role right now, so recruiters, please be kind").
  /\b(?:recruiters?|not looking for|open to (?:new )?(?:roles|opportunities|work)|DMs? (?:are )?open)\b/i,
  // A line that leans on the one before ("That's how I got out of QA", "It's not magic"): out of context, it says nothing.
  /^(?:That|This|It)(?:'s|’s| is| was| part| one)\b/,
  /^(?:They|He|She|Those|These)\b(?!\s+days\b)/, // "They were about software that added clicks…": they are in the line before
  // A short line whose object is the line before ("I want that to change.", r36 notes): "that" is nowhere in the quote.
  /^(?:\S+\s+){1,4}(?:that|this|it)\s+(?:to|is|was|will|has|had)?\s*\S*[.!?]$/,
  /^(?:Because|Not because|And|Or|But)\b/, // "But I don't miss telling a small business owner…" leans on the line before (s20) // "Because she wanted to know if the job was survivable": the reason for a line before (s19)
  // "…tries to make those boring things easy to do": "those" points to a line before it, which the quote leaves out (r17 review).
  /\b(?:those|these)\s+(?!who\b|days\b|of\b)(?:\p{L}+\s+){0,2}\p{L}+s\b(?!\s+(?:that|who|which|where|when|I|we|you|they)\b)/u,
];

/** Pleasantries and announcements say nothing about their work ("Happy to connect…", "Congrats on the launch!"), nor thanks in
 * another language ("Otsukaresama deshita to the students…", r34, set 22). */
const COURTESY = /^(?:happy to|glad to|excited to|thrilled to|proud to|congrat|thank|thanks|otsukaresama|arigat[oō]|gracias|obrigad[oa]|merci|danke|asante|salamat|(?:huge|big|special|massive|many) thanks|i['’]?m happy|i am happy|i['’]?m excited|meet some|follow |join us|check out|link (?:in|no|na|em|en|im)\b)/i;

/**
 * Quotation marks inside a line, as the draft's own quotes can hold them: a curly apostrophe straight ("didn’t", as phones
 * type it), a short quoted phrase in single quotes ('most "nurse onboarding" problems…' → "most 'nurse onboarding'
 * problems…"). Without this, every such line was unquotable, and on real pages they are often the best ones.
 */
function nested(s: string): string {
  return s.replace(/(\p{L})[’‘](\p{L})/gu, "$1'$2").replace(/["“]([^"“”\n]{1,40})["”]/g, "'$1'");
}
/** The quotable sentences of a text, in order. */
// "In English:" marks a translation on their page, not their words: quoted without it (r36, set 23).
export const quotableSentences = memo((text: string) => sentences(text).map(nested).map(beforeDash).map((s) => s.replace(/^in english:\s+(?=\p{Lu})/iu, '')).filter((s) => quotable(s)), 500);

/** An offer too long to quote, up to its dash ("If you're a language teacher thinking about translation, DM me – I'll tell you…"): s21. */
function beforeDash(s: string): string {
  if (textLength(s) <= 150) return s;
  const head = /^(.{30,140}?)\s[–—]\s/u.exec(s)?.[1] ?? '';
  return head && /\b(?:DM|message|email|write to|reach out|get in touch|happy to|glad to)\b/i.test(head) && !/[,;:]$/.test(head) ? `${head}.` : s;
}

/** Whether a sentence can be quoted whole: a real sentence, not too short or long, nothing broken. */
export function quotable(s: string, max = 150): boolean {
  const n = textLength(s);
  if (n < 18 || n > max) return false;
  if (!/^[\p{Lu}\d]/u.test(s) || !/[.!?]$/.test(s)) return false;
  // Four words is a punchline that leans on the lines around it ("Everyone needs the weekend.", "Best decision we made."):
  // nothing a stranger can read on its own (s20 unseen pages).
  if ((s.match(/\p{L}+/gu) ?? []).length < 5) return false;
  if (BROKEN.some((re) => re.test(s.replace(LEAD_IN, '')))) return false;
  if (COURTESY.test(s)) return false;
  // A line about the text itself ("Okay, the long version, because people keep asking.") says nothing of them (r40b).
  if (/^(?:okay|ok|so|well|alright|right)[,!]?\s+(?:here(?:'s| is)\s+)?(?:the\s+)?(?:long|short)\s+(?:version|story)\b|\blong story short\b|^(?:a (?:bit|little) about me)\b/i.test(s)) return false;
  // A time that leans on the line before ("Three years after the money was allocated.") says nothing alone (r37, set 27).
  if (/^(?:\p{L}+|\d+)\s+(?:years?|months?|weeks?|days?)\s+after\s+(?:the|a|an|my|our|their|his|her)\s[^,;:]+[.!]$/iu.test(s)) return false;
  // An ask that points at the line before it ("Drop me a note if that's you.") says nothing alone (r37, set 27).
  if (/\bif (?:that's|that is|this is|this sounds like) you[.!]?$/i.test(s)) return false;
  // A sentence whose verb leans on the one before ("Being wrong without knowing WHY is not.", after "That's fine."): said
  // alone it asks "What convinced you that … is not?" (r38, set 29).
  // Only a negation with nothing before it to lend the verb: "If you have to explain why a scene matters, it doesn't.",
  // "Co-dev studios are hiring when publishers aren't." and "…the best training … there is." stand alone.
  if (!/,|\b(?:when|if|than|because|while|as|unless|though|although|where|who|that|whether)\b/i.test(s) && /\s(?:(?:is|are|was|were|does|do|did)\s+not|isn't|aren't|wasn't|doesn't|don't|didn't)[.!]$/i.test(s)) return false;
  // A quip asked of the reader ("Not bad for a bank podcast, right?") leans on the post around it (s21 blind review: "a
  // throwaway quote out of context").
  if (/,\s*(?:right|huh|eh|no|isn't it|don't you think)\?$/i.test(s)) return false;
  // Every word in capitals, small ones too ("My First Senior Paid Me ₹8,000 Per Month", "Sharing Daily Legal Updates For Law
  // Students"): a headline or a banner, no sentence to quote back (r36, set 25).
  const words = s.match(/\p{L}{2,}/gu) ?? [];
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 5 && (capped >= words.length * 0.9 || (capped >= words.length * 0.8 && words.some((w) => /^(?:For|Or|Me|Per|The|And|Of|To|In|On|At|With|Your|My|Our|Is|Are|Was)$/.test(w))))) return false;
  // A list joined by plus signs ("Mat + Reformer + Cadillac, 120 horas, aos sábados") is no sentence (r35, set 23).
  if ((s.match(/\s\+\s/g) ?? []).length >= 2) return false;
  // A quotation opened and never closed ("…and said 'na you write that borehole story?"): cut where the speech goes on (r41a).
  const opened = (s.match(/(?:^|[\s(])['‘"“]/g) ?? []).length;
  const closed = (s.match(/['’"”](?=[\s.,;:!?)]|$)/g) ?? []).length;
  if (opened > closed) return false;
  return !unsafeToQuote(s);
}

/** A title as printed (an article's name): one line, short, no sentence punctuation needed. */
export function quotableTitle(s: string): boolean {
  const n = textLength(s);
  return n >= 8 && n <= 90 && !/\n/.test(s) && (s.match(/\p{L}+/gu) ?? []).length >= 3 && !BROKEN.slice(0, 6).some((re) => re.test(s)) && !unsafeToQuote(s);
}

/** The quote as it sits in running text: no final full stop (the sentence around it has its own). */
export function asQuote(s: string): string {
  return s.replace(/\.$/, '');
}

/** A long sentence's main clause, when it stands alone ("Our load tests now run on every release, so…" → its first clause). */
export const mainClause = memo(mainClauseRaw);
function mainClauseRaw(s: string): string {
  // Never the part before a colon: "The things I care about most: …", "What I didn't expect: …" head what follows (unseen pages).
  // Never before its "but", which carries the point: "Nobody in corporate cares about your classroom management, but everybody
  // secretly needs it…" quoted to its comma says the opposite (r40, set 35).
  // Nor before what it taught them ("…in county government in Kisumu, which taught me how policy looks…"): cut there, the draft
  // asks what those years taught them (r40, set 35).
  const m = /^(.{18,}?)(?:,\s+(?:so|because|which(?!\s+(?:taught|showed|is where|was where)\b)|and)\s|;\s|\s[-–—]\s)/u.exec(s);
  if (m && /,\s+but\s/.test(m[1] ?? '')) return '';
  if (m && /:\s/.test(m[1] ?? '')) return '';
  // "In my current role, our load tests now run…": the clause stands without its lead-in.
  const c = withoutLeadIn(m?.[1]?.trim() ?? '');
  return c && (c.match(/\p{L}+/gu) ?? []).length >= 4 ? `${c}.` : '';
}

/** A long sentence's first clause only when the sentence starts with it, so a quote of it is their words as written, never recapitalised after a dropped lead-in. */
export function leadingClause(s: string): string {
  const c = mainClause(s);
  return c && s.startsWith(c.replace(/\.$/, '')) ? c : '';
}

/** Words that end the subject of a sentence: the main verb, or its negation ("Paper plans don't save anyone", s13 unseen pages). */
const VERB = /^(?:is|are|was|were|beat|beats|matter|matters|made|make|makes|ship|ships|taught|teach|helped|help|helps|let|lets|improved|turned|saves|save|shaped|work|works|takes|take|depend|depends|travel|travels|reminded|start|starts|cared|meant|combined|brought|run|runs|solved|changed|show|shows|stay|stays|needs|need|gives|give|reflect|reflects|mean|means|drive|drives|prove|proves|require|requires|come|comes|(?:do|does|did|wo|ca)n['’]t)$/i;
// Nor a quantity: "Nothing in conservation is urgent" is no "line on nothing in conservation", "Some places are free…" no
// "line on some places" (r27, s10 unseen pages).
const NO_TOPIC_START = /^(?:i|we|our|my|it|its|this|that|these|those|there|he|she|they|you|your|every|everyone|everybody|anyone|someone|each|all|most|no|nobody|none|not|one|what|how|why|when|who|whom|whose|which|where|if|now|today|then|here|so|finally|next|in|on|at|for|during|after|before|with|from|across|since|by|under|over|of|nothing|something|everything|anything|some|any|few|several|both|many|much|neither|either|another|other|others|things|stuff)$/i;

/**
 * The topic of a sentence in a few words, from its subject: "Simple dashboards that everyone reads
 * beat clever ones…" → "simple dashboards that everyone reads". '' when the subject is a pronoun or
 * too long to read as a topic ("Every outage…" is no topic).
 */
const IMPERATIVE = /^(?:Learn|Ask|Put|Get|Start|Try|Stop|Read|Take|Make|Keep|Write|Find|Go|Let|Bring|Tell|Remember|Forget|Think|Be|Give|Send|Use|Check|Join|Call|See|Pick|Choose|Book|Sign|Apply|Spend|Stay|Focus|Don't|Never)$/;
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
// With its languages capitalised: "your line on Japanese students", never "japanese" (r34, set 22).
export const topicOf = memo((sentence: string) => withLanguageNames(topicOfRaw(sentence)));
function topicOfRaw(sentence: string): string {
  // "most 'nurse onboarding' problems are…": the topic is the problems, without "most" and the quotation marks.
  // "I believe the best transport planners come from the warehouse floor": the topic is what they believe (s20 unseen pages).
  const s = sentence.replace(LEAD_IN, '').replace(/^I (?:believe|think|am convinced)(?: that)?\s+(?=\p{L})/u, '').replace(/^(?:most|many)\s+(?!of\b)(?=\S+\s+\S+\s)/i, '').replace(/'([^']{2,40})'/g, '$1');
  // "Most of my week goes into designing services that stay fast when…": the topic is what the time goes into.
  const time = /^Most of my (?:week|time|day|work) goes into (\p{Ll}+ing\b.+?)(?:\s+(?:when|while|because|so|as|for)\s|[,.]|$)/u.exec(s);
  // Its "when…" kept when short: "…that stay fast when traffic triples overnight" is the point (d10g review), not a detail.
  const whole = /^Most of my (?:week|time|day|work) goes into (\p{Ll}+ing\b[^,.;]+)[.]?$/u.exec(s)?.[1];
  if (whole && whole.split(/\s+/).length <= 10) return whole.replace(/\b(?:our|my)\b/g, 'your');
  if (time?.[1] && time[1].split(/\s+/).length <= 7) return time[1].replace(/\b(?:our|my)\b/g, 'your');
  // "Every outage taught us something about…": the topic is what they learned from them ("what outages taught you").
  const taught = /^Every (\p{Ll}{3,}) taught (?:us|me)\b/u.exec(s);
  if (taught) return `what ${taught[1]}${/s$/.test(taught[1] ?? '') ? '' : 's'} taught you`;
  // "Things fundraising taught me that sales never did": on what it taught them, never "your line on things fundraising" (r40, set 34).
  const things = /^(?:Things|Lessons|What) (\p{Ll}{3,}(?:\s\p{Ll}{3,})?) (?:has |have )?taught (?:me|us)\b/u.exec(s);
  if (things) return `what ${things[1]} taught you`;
  // "Someone asked me how I explain forecast uncertainty to business teams": the post is on how they do it, not on being asked
  // (r17 review: a reason read "You also write that someone asked you how…").
  const asked = askedAbout(s);
  if (asked) return asked;
  // "Time-served carpenter turned site manager" is on their move, not on "time-served carpenter" (r32, set 17).
  const turned = selfTurned(s);
  if (turned) return `how you went from ${turned[0]} to ${turned[1]}`;
  // "Excel shortcuts matter less than explaining a variance in one sentence…" is on what matters more: never "your line on Excel
  // shortcuts", which reads as the opposite of what it says (r38, set 29).
  const more = /^.+?\s+(?:matters?|counts?|is|are)\s+less(?:\s+important)?\s+than\s+(\p{Ll}+ing\b.+?)(?:\s+(?:to|for|with|who|when|because)\s|[,.;!]|$)/u.exec(s)?.[1];
  if (more && more.split(/\s+/).length <= 8) return more;
  const words = s.split(/\s+/);
  // A word that is a noun as often as a verb, before a comma or a place, is the subject's last word: "Youth-led street work, referrals…",
  // "…detached youth work in Glasgow", never "your line on youth-led street" (r33, set 19).
  const noun = (w: string, next = '') => /^(?:work|care|support|research|design|practice|training|help)[,;:]?$/i.test(w) && (/[,;:]$/.test(w) || !next || /^(?:in|at|with|for|on|across|around|[–—-])$/i.test(next));
  const v = words.findIndex((w, i) => i > 0 && VERB.test(w.replace(/[,.!?]$/, '')) && !noun(w, words[i + 1]));
  if (v < 1 || v > 7) return doingTopic(s);
  // Its verb said in the negative: "Being a great stylist does NOT make you…" is on being a great stylist (r35, set 23).
  const negated = /^(?:not|never)$/i.test(words[v - 1] ?? '') && /^(?:does|do|did|is|are|was|were|will|can|could|would|should|won't|doesn't|don't)$/i.test(words[v - 2] ?? '') ? 2 : 0;
  const subject = words.slice(0, v - negated);
  if (NO_TOPIC_START.test(subject[0] ?? '') || subject.some((w) => /[,.!?;:]$/.test(w))) return doingTopic(s);
  // "The software we build now tries to [make…]": a clause inside, or a subject that ends on "to", is no topic (unseen pages);
  // nor "days my job" from "Most days my job is translating…" (r16).
  // Nor one that ends on a helping verb: "Taste with anyone who will let you" is no "line on taste with anyone who will" (s24).
  if (/^(?:to|of|and|or|the|a|an|that|which|who|with|for|in|on|at|by|will|would|can|could|should|must|may|might|do|does|did|has|have|had)$/i.test(subject[subject.length - 1] ?? '') || subject.slice(1).some((w) => /^(?:we|i|they|you|he|she|it|my|our)(?:['’](?:ve|d|m|ll|re|s))?$/i.test(w))) return doingTopic(s);
  // A time before the subject is no topic: never "your line on five years ago this" nor "…on half the time the answer".
  // Nor "…on some days it" ("Some days it means a long motorbike ride…", s19 unseen pages).
  // Nor an adverb before it: "Sometimes the answer is one sentence…" is not "your line on sometimes the answer" (s23).
  if (subject.some((w) => /^ago$/i.test(w)) || /^(?:sometimes|often|usually|always|never|rarely|occasionally|maybe|perhaps|honestly|actually)\b/i.test(subject[0] ?? '') || /^(?:(?:half|most|some|much) (?:of )?the time|(?:some|most|many|on \p{L}+|these|those) (?:days|weeks|mornings|nights|evenings))\b/iu.test(subject.join(' '))) return doingTopic(s);
  // An adverb before the verb is no part of the subject: "A 6x ROAS on branded search just means…" is on a 6x ROAS on branded
  // search, never "…branded search just" (r38, set 29).
  while (subject.length > 1 && /^(?:just|only|really|simply|actually|also|still|often|usually|always|never|rarely|even|already|mostly|typically|basically)$/i.test(subject.at(-1) ?? '')) subject.pop();
  if (subject.length === 1 && textLength(subject[0] ?? '') < 6) return '';
  // A pronoun with its verb run in ("You'll need ~2 years agency experience…") names nothing: never "your line on You'll" (r37, set 27).
  if (subject.length === 1 && /^(?:I|we|you|they|he|she|it)['’](?:ll|d|ve|re|m|s)$/i.test(subject[0] ?? '')) return '';
  // A clause inside the subject: "Staying calm when everything goes sideways" is no "line on staying calm when everything" (r32, set 18).
  if (subject.slice(1).some((w) => /^(?:when|while|if|because|until|since|where|whenever|unless|although|though)$/i.test(w))) return '';
  const first = subject[0] ?? '';
  // Advice ("Learn how a department P&L works") has no subject to name: never "your line on learn how a department P&L" (s16).
  if (IMPERATIVE.test(first)) return '';
  // A day or a month keeps its capital: "your line on Thursday call slots", never "thursday" (s16).
  // A hyphenated word too: "your line on long-term monitoring", never "Long-term" (r30a).
  // A name of several words keeps its capitals: "your line on Ground Truth", never "ground Truth" (r33, set 20).
  // Not a phrase written in Title Case ("Technical English", "Clinical Supervision"), whose first word describes the second.
  const name = subject.length > 1 && subject.every((w) => /^\p{Lu}/u.test(w)) && !/(?:al|ic|ive|ous|ful|ed|ing)$/i.test(first);
  subject[0] = !name && /^(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)*|A)$/u.test(first) && !DAY_OR_MONTH.test(first) ? first.toLowerCase() : first;
  // "the programme", "the intensive format": a topic that names nothing on its own.
  if (/^(?:the|a|an|this|that)$/.test(subject[0] ?? '') && subject.length <= 3) return '';
  return subject.join(' ');
}

/** A CV fragment has no verb ("Team of 2 PMs and 9 engineers"): null then, else the first word that reads as one. */
export function verbOf(line: string): string | null {
  if (/^(?:I|We|My|Our)\s/.test(line)) return line.split(/\s/)[0]!;
  // A word in -ing is its verb only first or after a subject ("Building courses…", "we are building…"): "First role after
  // leaving teaching" has none.
  return /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|must|\p{L}+ed)\b|^\p{L}+ing\b|(?<=\b(?:I|we|they|you|am|is|are|was|were|be|been)\s)\p{L}+ing\b/iu.exec(line)?.[0] ?? null;
}

/** What a line that sets up a post is on: "Someone asked me how I explain X" → "how you explain X"; '' for any other line. */
export function askedAbout(s: string): string {
  const m = /^(?:Someone|People|A (?:friend|colleague|reader|student|mentee)|(?:Many|Lots of|A few) people)\s+(?:often\s+|always\s+|recently\s+|keep\s+)?ask(?:ed|s|ing)?\s+(?:me\s+)?(?:(?:last|this)\s+(?:week|month|year)\s+|recently\s+|yesterday\s+|today\s+)?((?:how|why|what|when|whether|if)\s+I\s+[^,.;:!?]{6,70})[.:]?$/u.exec(s.trim());
  // "Someone asked me last week if I regret leaving teaching": whether they regret it (r37, set 26).
  if (m?.[1]) return secondPerson(m[1].replace(/^if\b/, 'whether'));
  // "Every few months a young architect asks me how to move into cost management": the post is on how to (s20 unseen pages);
  // so is "Someone asked me how to move from a supermarket job into e-commerce operations" (r36, set 24).
  const to = /^(?:(?:Every|Once)\s[\p{L}\s]{1,20}?\s|Often\s|At least once a \p{L}+\s)?(?:someone|people|an?\s(?:[\p{L}-]+\s){0,2}?[\p{L}-]+)\s+(?:often\s+|always\s+|still\s+)?ask(?:s|ed)?\s+me\s+((?:how|whether|what|where)\s+to\s+[^,.;:!?]{6,70})[.:]?$/iu.exec(s.trim());
  // "Every June I get messages from new planning graduates asking how to get a first job" (s21 unseen pages).
  const messages = /^(?:(?:Every|Once|Each)\s[\p{L}\s]{1,20}?\s)?I\s+(?:get|receive)\s+(?:\p{L}+\s+)?(?:messages|questions|DMs|emails|calls)\s+from\s+[^,.;:!?]{3,50}?\s+asking\s+(?:me\s+)?((?:how|whether|what|where)\s+to\s+[^,.;:!?]{6,70})[.:]?$/iu.exec(s.trim());
  if (messages?.[1]) return messages[1];
  return to?.[1] ?? '';
}

/** The sentence with its lead-in dropped ("Once again, our…" → "Our…"), for questions built from it. */
export function withoutLeadIn(s: string): string {
  const t = s.replace(LEAD_IN, '');
  return t === s ? s : t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A line with no subject, as CVs and experience entries write them ("Spent 8 years as a backend engineer…", "Designed and
 * analysed 30+ pricing A/B tests"), with its "I" back, so it can be said back to them ("you spent…") or asked about.
 */
/** Words in -ed that start a line without being something the person did: nouns, and what a company is ("Regulated …", "Founded in 2019"). */
export const NOT_THEIR_VERB = /^(?:Need|Speed|Seed|Feed|Red|Bed|Used|Based|Branded|Talented|Skilled|Experienced|Qualified|Detailed|Dedicated|Named|Shortlisted|Nominated|Interested|Excited|Pleased|Honoured|Honored|Regulated|Funded|Licensed|Backed|Listed|Headquartered|Registered|Certified|Accredited|Awarded)\b/;

/**
 * Who they are, said without "I" as a headline or an About opens: "Time-served carpenter turned site manager" → ["time-served
 * carpenter", "site manager"]; null for a cause ("Caching turned a 4-second page into…") or a line with a subject.
 */
export function selfTurned(s: string): [string, string] | null {
  const m = /^((?:[\p{L}-]+\s){0,3}[\p{L}-]+)\s+turned\s+((?:[\p{L}-]+\s){0,3}[\p{L}-]+)\.?$/u.exec(s.trim());
  if (!m || /^(?:I|We|He|She|They|It|This|That|My|Our)$/.test(s.trim().split(/\s/)[0]!) || !isRole(m[2]!)) return null;
  return [`${m[1]!.charAt(0).toLowerCase()}${m[1]!.slice(1)}`, m[2]!];
}

export function withSubject(s: string): string {
  // "Interested in fatigue management…" says how they are, not what they did: "I'm interested in…" (s20 unseen pages).
  if (/^(?:Interested|Passionate|Focused|Keen|Curious|Obsessed|Excited|Committed|Dedicated)\s+(?:in|about|on|to)\s/u.test(s)) return `I'm ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // What they are doing, said without "I" as an About often is: "Doing my NVQ Level 6 … so I can go for Senior SM", "Currently
  // building 142 homes in Wigan" (r32, set 17: "You also write that doing your NVQ…").
  const doing = /^(?:(?:Currently|Now|Still)\s+)?(\p{Lu}?\p{Ll}+ing)\s+(?=(?:(?:my|our|a|an|the)\b|\d))/u.exec(s);
  if (doing && isVerbForm(doing[1]!.toLowerCase())) return `I'm ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  // Who they are, said without "I": "Time-served carpenter turned site manager" (r32, set 17).
  const turned = selfTurned(s);
  if (turned) return `I'm ${withArticle(turned[0])} turned ${turned[1]}`;
  // Done to them, by their employer: "Promoted to Head Teacher in 2015" → "I was promoted to…", never "you promoted to Head
  // Teacher" (r34, set 22).
  if (/^(?:Promoted|Appointed|Elected|Selected|Awarded|Hired|Recruited|Seconded|Invited|Nominated|Shortlisted)\s+(?:to|as|for|by|into|onto)\s/u.test(s)) return `I was ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  const first = /^(\p{Lu}\p{Ll}+)\b/u.exec(s)?.[1] ?? '';
  const verb = first.toLowerCase();
  // Past tense, or the few present verbs CVs use; not an imperative title ("Write your plans in a Brief").
  const isVerb = !!PAST[verb] || /^\p{Ll}{3,}ed$/u.test(verb) || /^(?:own|manage|lead|run)$/.test(verb) || /^Set up\b/.test(s);
  // "Lead data scientist for dynamic pricing…" is their title, not "I lead data scientist…" (unseen pages, r15): a lone role after it.
  const title = verb === 'lead' && /^Lead\s+(?:[\p{L}-]+\s+)?(?:\p{L}+(?:ist|er|or|ian|ant)|architect|manager|engineer|lead)\b(?!s)/u.test(s);
  // Nor a line about the company ("Regulated savings and budgeting app with 900k+ customers": s19 unseen pages).
  // Nor one done to them: "Sponsored by the practice through the Diploma…" is no "I sponsored" (r32, set 18).
  const passive = /^\p{L}+ed\s+by\s/u.test(s);
  return isVerb && !title && !passive && !NOT_THEIR_VERB.test(first) ? `I ${verb}${s.slice(first.length)}` : s;
}

/** Verbs a person uses for their own work, present tense ("I mentor junior engineers…"). */
export const DOING = /^(?:mentor|help|build|lead|teach|write|design|run|pair|coach|advise|review|manage|support|train|organise|organize|host|coordinate|work|create|develop|plan|research)$/i;
/** Past tense → the verb ("We built a simple weekly report…" → "How did you build…"). */
export const PAST: Readonly<Record<string, string>> = {
  built: 'build', made: 'make', ran: 'run', spent: 'spend', wrote: 'write', taught: 'teach', led: 'lead', took: 'take', found: 'find',
  moved: 'move', replaced: 'replace', tested: 'test', cleaned: 'clean', launched: 'launch', started: 'start', created: 'create',
  hosted: 'host', organised: 'organise', organized: 'organize', coordinated: 'coordinate', introduced: 'introduce', changed: 'change',
  rebuilt: 'rebuild', designed: 'design', migrated: 'migrate', reduced: 'reduce', grew: 'grow', hired: 'hire', shipped: 'ship',
  turned: 'turn', automated: 'automate', cut: 'cut', scaled: 'scale', supported: 'support', served: 'serve', raised: 'raise',
};

/**
 * A goal as what someone is doing: "presenting forecasts clearly"; a goal that is won once is "looking to …"
 * ("landing a first backend engineering job" read as if they had it: u13 blind review).
 */
export function goalGerund(vp: string): string {
  // "get a job", "find my first role"; never "get better at …", which is ongoing.
  // Nor "doing a harvest" after a role, which read as what they do now (s21 blind review: "a bartender, doing a harvest").
  // Nor what is begun once and not yet ("opening my own small roastery" overstated a plan: r31c review).
  // Nor a state ("a recruiter, understanding what backend engineers do" read as clipped: r41, set 36 review): "learning what
  // backend engineers do", as short; "trying to" the others.
  if (/^understand\s+(?:what|how|why|when|where|which|who)\b/i.test(vp)) return vp.replace(/^understand/i, 'learning');
  if (/^(?:understand|know|have|own)\s/i.test(vp)) return `trying to ${vp}`;
  return /^(?:land|secure|win|earn|pass|join|do|obtain|gain|achieve|open|launch|found|buy|enrol|enroll|set up)\s|^(?:get|find)\s+(?:a|an|my|our|the|first|hired|promoted|into)\b/i.test(vp) ? `looking to ${vp}` : gerund(vp);
}

/** "present forecasts clearly" → "presenting forecasts clearly". */
export function gerund(vp: string): string {
  const [first = '', ...rest] = vp.split(' ');
  // "specialise in cost estimation and move into a cost management team": both verbs take -ing (s20 unseen senders).
  const k = rest.findIndex((x, i) => rest[i - 1] === 'and' && i > 1 && startsWithVerb(x) && !/^(?:be|set|work|plan|test|map|lead|help|design|review|record|list|cut|show|use)$/i.test(x));
  if (k > 0) return `${gerund([first, ...rest.slice(0, k)].join(' '))} ${gerund(rest.slice(k).join(' '))}`;
  // Two verbs on one object ("finish and defend my thesis"): both take -ing, never "finishing and defend" (s21).
  if (rest[0] === 'and' && /^\p{Ll}+$/u.test(rest[1] ?? '') && (startsWithVerb(rest[1] ?? '') || /^(?:my|our|a|an|the|their|your|it|them)$/i.test(rest[2] ?? ''))) return `${gerund(first)} and ${gerund(rest.slice(1).join(' '))}`;
  // "start selling my fabrics online" → "starting to sell my fabrics online", never "starting selling" (r36, set 24).
  const then = /^(?:start|begin)$/i.test(first) && /ing$/.test(rest[0] ?? '') ? baseVerb(rest[0]!) : '';
  if (then) return [`${first.toLowerCase() === 'begin' ? 'beginning' : 'starting'} to ${then}`, ...rest.slice(1)].join(' ');
  let w = first.toLowerCase();
  if (/ie$/.test(w)) w = `${w.slice(0, -2)}ying`;
  else if (/[^aeiou]e$/.test(w) && w !== 'be' && w.length > 2) w = `${w.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles its last letter: "cupping", never "cuping" (s13 unseen senders).
  else if (/^[^aeiou]*[aeiou][bdfgklmnprstvz]$/.test(w) || /^(?:quit|begin|enrol|travel|label|model|cancel|signal|submit|commit|admit|permit|omit|transmit|refer|prefer|defer|occur|incur|control|patrol|compel|propel|regret|forget|equip)$/.test(w)) w = `${w}${w.slice(-1)}ing`;
  else w = `${w}ing`;
  // A second verb phrase already in -ing keeps its form without "be": "moving into management and running a restaurant",
  // never "…and be running a restaurant" (s19 unseen senders).
  return [w, ...rest].join(' ').replace(/\band be (\p{L}+ing)\b/u, 'and $1');
}


/**
 * The topic of a sentence about what they do ("I mentor junior engineers on testing strategy…" →
 * "mentoring junior engineers"; "We built a simple weekly report that leadership actually read" →
 * "building a simple weekly report that leadership actually read"): the verb and its object, cut where a
 * new phrase starts; '' when the object runs long.
 */
export function doingTopic(s: string, head = false): string {
  // "We've changed…" as "We changed…": the same thing done.
  const m = /^(I|We)(?:'ve|\s+have)?\s+(\p{L}+)\s+(.+?)[.!?]?$/u.exec(s.replace(/^(I|We)(?:'ve|\s+have)\s+(?=\p{L}+ed\b)/u, '$1 '));
  if (!m) return '';
  const [, who, verb = '', rest = ''] = m;
  const v = verb.toLowerCase();
  let base = '';
  let object = rest;
  if (who === 'I' && DOING.test(v)) base = v;
  else if (PAST[v]) base = PAST[v] ?? '';
  else if (who === 'I' && /^(?:enjoy|love|like)$/.test(v) && /^\p{L}+ing\b/u.test(rest)) {
    base = '';
    object = rest;
  } else if (who === 'I' && v === 'care' && /^about\s/.test(rest)) object = rest.replace(/^about\s+/, '');
  else return '';
  // The whole object up to a clause boundary, or nothing: cut at a preposition or inside a list
  // ("turning vague product ideas into small, well-tested…"), a topic loses what it is about.
  const whole = object.replace(/^(?:our|my|their)\s+/i, 'your ');
  let cut = /^(.+?)(?:,\s+(?:so|because|which|and|but|before)\s|\s+(?:so|because|before|and)\s|;\s|:\s)/u.exec(whole)?.[1] ?? whole;
  // Two things joined by "and" are one object ("demand forecasting and pricing models for a grocery…"), not "building demand
  // forecasting" (unseen pages, r15), unless a verb follows ("…and run the workshops").
  const both = /^(.+?)\s+and\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:for|at|in|with|to|that|which|who|across|on|so|because)\s|[,.;:]|$)/u.exec(whole);
  const next = both?.[2]?.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (both && both[1] === cut && !DOING.test(next) && !PAST[next] && !/ed$|^(?:then|i|we|you|it|they|the)$/.test(next)) cut = `${cut} and ${both[2]}`;
  // `head`: an object too long to name is named by its head, before the clause that describes it, where a note has room
  // for nothing longer ("I build data products that help teams make decisions…" → "building data products").
  // Not a part they took ("I supported a student club…"): named by its head, it reads as their work (r15 paired review, 0 to 4).
  if (head && /^(?:served|supported|graduated|completed|competed|joined)$/.test(v)) return '';
  if (head) cut = /^(\S+(?:\s+\S+)+?)\s+(?:that|which|who)\s/u.exec(cut)?.[1] ?? cut;
  if (/,/.test(cut)) return '';
  // Never cut after the first of two verbs ("started my career ticking and bashing other people's numbers" is no "starting your
  // career ticking", s20 review).
  if (/\p{L}+ing$/u.test(cut) && /^\s+and\s+\p{L}+ing\b/u.test(whole.slice(cut.length))) return '';
  const words = cut.split(/\s+/);
  if (words.length < 2 || words.length > 8 || /\b(?:I|me|my|we|our|us)\b/i.test(cut)) return '';
  return base ? `${gerund(base)} ${cut}` : cut;
}

/** "I enjoy pairing…" → "you enjoy pairing…"; "Our load tests…" → "your load tests…": their line said back to them (a reason, a question). */
export function secondPerson(s: string): string {
  return s
    .replace(/\bI am\b/g, 'you are').replace(/\bI'm\b/g, "you're").replace(/\bI was\b/g, 'you were').replace(/\bI've\b/g, "you've")
    .replace(/\bI\b/g, 'you').replace(/\b[Mm]y\b/g, 'your').replace(/\b[Oo]ur\b/g, 'your').replace(/\bme\b/g, 'you').replace(/\bmyself\b/g, 'yourself')
    .replace(/\b[Ww]e are\b/g, 'you are').replace(/\b[Ww]e were\b/g, 'you were').replace(/\b[Ww]e\b/g, 'you').replace(/\bus\b/g, 'you').replace(/\bourselves\b/g, 'yourselves');
}
