import type { Me } from '../settings/schema';
import { memo } from '../memo';
import { asksFavour, unsafeToQuote } from './guard';
import { clipWords, plainInsert, withArticle } from './text';
import { isRole } from './headline';
import { asWritten } from './titles';
import { textLength } from './limits';
import { goalInEnglish } from './goal-in-english';
import { leadTitleInEnglish } from './glossary';
import { foreignStretch, opensInAnotherLanguage } from '../settings/language';

const VERBS = /^(?:be|get|become|learn|move|lead|build|improve|transition|switch|grow|start|land|find|understand|master|develop|launch|run|manage|make|write|present|gain|change|join|work|take|go|prepare|earn|create|design|ship|scale|speak|publish|hire|mentor|raise|found|open|sell|teach|finish|complete|pass|set|step|prioriti[sz]e|ask|talk|connect|focus|read|practi[sc]e|share|document|measure|track|say|stop|try|use|keep|meet|spend|reach|apply|volunteer|delegate|block|schedule|plan|review|test|map|define|look|think|invest|negotiate|seek|shadow|pair|automate|simplify|record|list|reduce|cut|drop|give|let|show|treat|put|turn|bring|check|choose|pick|avoid|batch|timebox|help|support|study|explore|pivot|deliver|own|contribute|return|break|speciali[sz]e|transform|strengthen|deepen|broaden|coach|send|email|follow|sign|book|attend|invite|organi[sz]e|collect|rewrite|refactor|add|remove|split|clean|obtain|secure|enrol|enroll|train|retrain|upskill|reskill|relocate|achieve|qualify|earn|win|enter|do|work|establish|identify|form|certify|acquire|attain|expand|line up|source|buy|leave|quit|figure|decide|query|pitch|submit)\b/i;

/** Whether free text reads as an instruction or verb phrase ("prioritise the weekly report"). */
export function startsWithVerb(s: string): boolean {
  return VERBS.test(s);
}

/** "going" → "go", "moving" → "move", "getting" → "get": the verb a participle is of; '' when it is none known. */
export function baseVerb(ing: string): string {
  const stem = ing.toLowerCase().replace(/ing$/, '');
  return [stem, `${stem}e`, stem.replace(/(\w)\1$/, '$1')].find((v) => v.length > 1 && VERBS.exec(v)?.[0] === v) ?? '';
}

/** Words that start a phrase without naming anything ("A move…", "More time…", "Better…"). */
const FUNCTION_WORD = /^(?:a|an|the|my|our|some|more|less|better|how|what|why|when|where|which|to|into|in|on|at|for|with|from|about|and|or|one|two|three|first|next|new|every|each|all|any)$/i;

/** "Becoming" → "become", "Getting" → "get", "Moving" → "move": the verb behind a participle. */
export function isVerbForm(word: string): boolean {
  if (VERBS.test(word)) return true;
  if (!/ing$/i.test(word)) return false;
  const stem = word.replace(/ing$/i, '');
  return [stem, `${stem}e`, stem.replace(/(\w)\1$/, '$1')].some((s) => s.length > 1 && VERBS.test(s));
}

/** Small words that title case leaves lower ("Head of Design", "Design for Health"). */
const MINOR = /^(?:of|for|and|or|in|on|at|to|the|a|an|with|by|from|into|&)$/i;

/** Two or more words, every one but the small ones capitalised: a name ("Design Systems", "Change Management"). */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 && words.every((w) => MINOR.test(w) || /^\p{Lu}/u.test(w));
}

/**
 * Lower-case the first letter of free text that goes mid-sentence, judged by the first word on its
 * own (an acronym later, "Transition into UX research", must not keep "Transition" capitalised).
 * Names stay: acronyms and camel case ("SQL", "iOS", "JavaScript"), "I", a lone word ("Python",
 * "Kafka") and a phrase in title case ("Growth Marketing", and "Design Systems" though "design" is
 * a verb: half lower-cased, "design Systems", it reads as a typo in the question, ARCHITECTURE.md §1).
 * `titleCaseIsName` false: the text is a goal, a verb phrase first ("Learn Python", "Move Into Product").
 */
/** Languages and nationalities, written with a capital wherever they stand ("Japanese students are often quiet at first", r34). */
export const LANGUAGE_NAME = /^(?:english|japanese|korean|chinese|mandarin|spanish|french|german|italian|portuguese|arabic|filipino|tagalog|vietnamese|thai|indonesian|hindi|russian|turkish|dutch)$/i;
/** Every language or nationality in `s` with its capital: "teach english online to japanese students" → "…English…Japanese…". */
export const withLanguageNames = (s: string) => s.replace(/\b\p{Ll}+\b/gu, (w) => (LANGUAGE_NAME.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w));

export function softLower(s: string, titleCaseIsName = true): string {
  const first = /^\p{L}+/u.exec(s)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}*$/u.test(first) || first === 'I' || LANGUAGE_NAME.test(first)) return s;
  if (titleCaseIsName && isTitleCase(s)) return s;
  const common = first.length === 1 || FUNCTION_WORD.test(first) || isVerbForm(first);
  const rest = s.slice(first.length);
  const plainWords = /^\s+\S/u.test(rest) && !/\s\p{Lu}\p{Ll}/u.test(rest);
  return common || plainWords ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/**
 * How people start a goal, any apostrophe: "I'd like to", "I would love to", "I am hoping to",
 * "I'm aiming to", "My goal is to", "Goal:", "To". Removed so the goal reads inside our sentence.
 */
const LEAD = /^(?:(?:i\s*(?:'d|'m|'ll|would|will|am|really|also|truly|respectfully|humbly|sincerely|personally)?\s+)?(?:really\s+|also\s+|truly\s+|respectfully\s+|humbly\s+)?(?:like|love|want|wanna|hope|hoping|aim|aiming|plan|planning|need|have|intend|intending|wish|try|trying|look|looking|am looking|strive|striving|working|keen|seek|seeking)\s+to|my\s+(?:\w+\s+)?(?:goal|aim|plan|ambition|dream|objective)\s+is\s+to|(?:short|long)[- ]term(?:\s+goal)?\s*:|goals?\s*:|to)\s+/i;
/** Leads that introduce a noun phrase: "I'm working towards a move into product", "My goal is a promotion", "I want a new challenge". */
const NOUN_LEAD = /^(?:(?:i\s*(?:'m|am)\s+)?working\s+towards?|my\s+(?:\w+\s+)?(?:goal|aim|ambition|dream|objective)\s+is|i\s*(?:'d|would)?\s+(?:really\s+)?(?:want|need|like|love|hope for|aim for))\s+(?=(?:a|an|the|my|more|some)\s)/i;

/** Verbs whose -ing form dropped an "e": "making" → "make" (what `gerund` does, undone for the verbs goals use). */
const E_DROPPED = /^(?:mak|tak|mov|giv|hav|becom|chang|manag|creat|us|leav|retir|rais|lov|writ|serv|driv|hir|shar|trad|improv|achiev|pursu|renovat|operat|restor|reduc|produc|prepar|arrang|compet|combin|continu|escap|explor|financ|hous|lik|liv|rescu|sav|scal|secur|settl|sourc|stor|striv|welcom)$/;

/** "turning" → "turn", "running" → "run", "making" → "make": the verb a goal typed as "thinking about …ing" means. */
function baseOf(ing: string): string {
  const w = ing.replace(/ing$/, '');
  if (w === ing || w.length < 2) return ing;
  if (E_DROPPED.test(w)) return `${w}e`;
  // "running", "shopping": one syllable that doubled its last letter.
  if (/^[^aeiou]*[aeiou]([bdfgklmnprtvz])\1$/.test(w)) return w.slice(0, -1);
  return w.replace(/y$/, (y) => (/ie$/.test(ing) ? 'ie' : y));
}

/** A job in Title Case after "promoted to", "become a" or "as a", as a person writes it in a sentence: "promoted to customer service supervisor". */
/** Words that name a function of a business, not a company: "Financial Planning and Analysis", "Customer Success". */
const FUNCTION = /\b(?:Planning|Analysis|Operations|Development|Management|Marketing|Success|Sales|Finance|Engineering|Design|Research|Support|Relations|Resources|Recruitment|Acquisition|Partnerships|Communications|Strategy|Procurement|Logistics)\b|\b(?:Assistant|Associate|Intern|Trainee)$/;

export function titlesAsWritten(text: string): string {
  // So is one post by name: "apply for the Engineering Manager role" → "…the engineering manager role" (r38, set 28).
  return text.replace(/\b(promoted to|become an?|as an?)\s+((?:\p{Lu}[\p{Ll}-]*\s+){0,4}\p{Lu}[\p{Ll}-]*)(?=[\s,.]|$)/gu, (m, pre: string, title: string) => (isRole(title) ? `${pre} ${asWritten(title)}` : m))
    // And a function typed as one ("into a Financial Planning and Analysis role" → "…financial planning and analysis role", set 29).
    .replace(/\b(the|an?)\s+((?:\p{Lu}[\p{Ll}-]*\s+(?:(?:and|&)\s+)?){0,4}\p{Lu}[\p{Ll}-]*)(?=\s+(?:or\s+[^,]{1,30}?\s+)?(?:role|position|job|vacancy)\b)/gu, (m, pre: string, title: string) => (isRole(title) || FUNCTION.test(title) ? `${pre} ${asWritten(title)}` : m));
}

/**
 * A goal as a verb phrase ("get better at presenting data") or a noun phrase ("a move into product"),
 * or null when it can't go into a draft as it stands: it still speaks as "I" after its lead is
 * removed, or our own draft would trip the coach with it (ARCHITECTURE.md §2, the golden rule: a goal "find
 * a mentor" would ask them to be one; §4: a job or a referral is a favour to save for later).
 */
export function goal(text: string | undefined): { vp: boolean; text: string } | null {
  // The same goal is read for every opener, question and channel of a draft: read once (compose ≤ 5 ms a draft, issue 10).
  const g = goalOnce(text ?? '');
  return g ? { ...g } : null;
}

const goalOnce = memo(goalOf, 500);

function goalOf(text: string | undefined): { vp: boolean; text: string } | null {
  // An emoji between two sentences ends the first: "…this year 🤟 Two of my families are Deaf…" (s15 unseen senders).
  let g = plainInsert((text ?? '').replace(/\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*(?=\p{Lu})/gu, '. ')).replace(/[’‘`]/g, "'");
  if (!g) return null;
  // Typed in Spanish, Portuguese or French: said in English, or not at all (goal-in-english.ts).
  const english = goalInEnglish(g);
  if (english === '') return null;
  if (english) g = english;
  // In another language it can't say in English (Polish, German, Italian, Dutch): the English said before it, or nothing. "working
  // towards chcę zdobyć uprawnienia budowlane…" (r32, set 17: a site engineer in Berlin, in all his drafts).
  if (!english && opensInAnotherLanguage(g)) return null;
  // Thinking about it, not doing it yet: "thinking about going back to school for dental hygiene" → "go back to school for
  // dental hygiene" (r32, set 18: "working towards thinking about going back…").
  g = g.replace(/^(?:(?:I'm|I am)\s+)?(?:thinking about|thinking of|considering)\s+(\p{L}+ing)\b/iu, (all, ing: string) => baseVerb(ing) || all);
  // Typed as one talks: "wana start a footbal podcast", "guests n equipment" (r37, set 27).
  g = g.replace(/\b(?:wana|wanna)\s+(?!to\b)/i, 'want to ').replace(/(?<=\p{L})\s+n\s+(?=\p{L})/gu, ' and ');
  // A second thought run on without a stop: "…forensic odontology abroad need to know if its worth it" (r32, set 18).
  g = g.replace(/(?<=\S+\s+\S+\s+\S+.*?)(?<![.!?;:,])\s+(?:i\s+)?(?:need to know|need help|not sure|dont know|don't know|wondering)\b.*$/u, '');
  // Typed as a search ("work abroad construction"): the field takes its "in" (r32, set 17).
  g = g.replace(/^(work|find work|get work|a job|find a job|get a job)\s+(abroad|overseas|remotely)\s+(\p{Ll}[\p{L}-]*)$/iu, '$1 $2 in $3');
  // A job named in English now, as one to become: "working to become a site manager in Poland".
  const job = leadTitleInEnglish(g);
  if (job !== g) g = `I want to become ${withArticle(job)}`;
  const foreign = english ? null : foreignStretch(g);
  if (foreign) {
    const before = g.slice(0, foreign.start).replace(/(?:^|[\s,;:–—-]+)[^\s,;:–—-]*$/u, '').replace(/[\s,;:–—-]+$/u, '');
    // Nor where what comes before it has no small word of English: "Produkte mitentwickeln, die Kindern wirklich beim Lernen
    // helfen" is German from its first word (r34, set 22).
    if (before.split(/\s+/).length < 3 || !/\b(?:to|the|a|an|and|of|in|for|my|on|at|with|as|into|from|be|our|I)\b/i.test(before)) return null;
    g = before;
  }
  let vp = false;
  // A request before the goal ("I would be grateful for advice regarding the transition … My objective is to …"): the goal is
  // the sentence after it (s21 unseen senders).
  // "I am seeking to transition from external audit into FP&A…" is the goal itself, said formally (r38, set 29): only a request
  // for advice ("I am seeking advice on…") leads into it.
  g = g.replace(/^(?:I would be grateful|I'd be grateful|I would appreciate|I'd appreciate|I am seeking(?! to\b)|I'm seeking(?! to\b)|Any advice|Looking for advice)\b[^.?!]*[.?!]\s+(?=\S)/i, '');
  // A goal written as a list on one line ("• finish my CPA exams • move into audit", "1) pass my driving test 2) get a job…"):
  // its first item, as a list on several lines gives (s21).
  // A number in brackets is no list: "Find a year-out placement (Part 1) starting in September" (r37, set 26: "…placement (Part").
  g = g.replace(/^\s*(?:[•·▪‣*]|\d[.)])\s*/u, '').split(/\s+(?:[•·▪‣]|(?<!\([^)]*)\d\))\s+/u)[0] ?? g;
  // A goal written as one talks ("honestly I'd love to eventually get into documentary editing", s20 unseen pages): the
  // filler before it and the "eventually" after its lead say nothing about what it is.
  // A greeting typed into the form ("hi so I work in hotels almost 9 years now…", r37, set 26: "working towards hi.").
  g = g.replace(/^(?:hi|hello|hey|hiya|ciao|hola|ol[aá])\b[\s,!.]*(?:there\b[\s,!.]*)?(?:so\b,?\s*)?(?=\S)/i, '');
  // When, said first: "By the next financial year I have to publish our tenders…" → "I have to publish…" (r41, set 37: "working
  // towards by the next financial year I have.").
  g = g.replace(/^(?:(?:by|in|within|over|during|before|this|next)\s+)[^,.?!]{0,40}?\b(?:years?|months?|weeks?|quarter|summer|spring|autumn|fall|winter|20\d\d)\b,?\s+(?=I\s)/i, '');
  g = g.replace(/^(?:honestly|to be honest|frankly|ideally|ultimately|long[- ]term|in the long run|basically|so|with (?:all )?due respect|respectfully|kindly)\b,?\s+/i, '');
  // Who they are said first ("I'm 41 and after 16 years of teaching I want to move into …", s21 unseen senders): the goal is
  // what they want, from "I want to" on.
  // However long, and after "so": "I am working marketing assistant almost 2 years now but I feel I like the PR part more (…)
  // so I want to move to PR agency" (r37, set 27).
  // Or what is happening to them: "We are relocating to Stockholm in about four months because my wife has accepted a research
  // position there, and I want to line up a senior backend role…" (r40, set 36: "working towards We are relocating…").
  // Where they are moving, said there, is where the goal is: "…a senior backend role in Stockholm".
  const bound = /^(?:We(?:'re| are)|I(?:'m| am))\s+(?:relocating|moving)\s+to\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\b[^.?!]{0,200}?,?\s+(?:so\s+|and\s+)?I(?:'d| would)? (?:want|like|hope|plan) to\b/u.exec(g)?.[1] ?? '';
  g = g.replace(/^(?:I'm|I am|I've|I have|After|As|We(?:'re| are|'ve| have)|My|Our|Since)\b[^.?!]{3,240}?[,\s]\s*(?:so\s+|and\s+)?(?=I(?:'d| would)? (?:really )?(?:want|like|love|hope|plan|intend) to\b)/i, '');
  // "I teach high school biology and want to get into science communication": what they do, then the goal (r38, set 30).
  g = g.replace(/^I\s+(?!(?:want|would|'d|like|love|hope|plan|intend|need|am|'m)\b)\p{Ll}+\s+[^.?!,]{3,80}?\s+and\s+(?:I\s+)?(?=(?:want|would like|hope|plan|intend)\s+to\s)/iu, 'I ');
  // Context, then what they are thinking of: "postdoc yr 3 funding ends aug, thinking data sci but idk if…" → "move into data
  // science" (r38, set 30).
  g = g.replace(/^[^.?!]{3,80}?,\s*(?:i'?m\s+|am\s+)?(?:thinking|considering)\s+(?:about\s+|of\s+)?(?:moving\s+into\s+|going\s+into\s+|switching\s+to\s+)?(data sci(?:ence)?|[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+but\b.*$/iu, (_, x: string) => `move into ${x.replace(/^data sci$/i, 'data science')}`);
  // "Two things: apply for an MSc … and get real survey experience": the things themselves (s22 unseen senders).
  g = g.replace(/^(?:two|2|three|3|a few|a couple of) (?:things|goals|aims)\s*:\s*/i, '');
  // "I would like to seek advice on transitioning from industrial chemistry to conservation": the move itself (s22).
  g = g.replace(/^((?:I(?:'d| would) like to |I want to )?)(?:seek|get|ask for|receive)\s+(?:some\s+)?(?:advice|guidance)\s+(?:on|about|regarding)\s+(transition|mov|switch|chang|becom|gett|mak)ing\b/i, (_, lead: string, v: string) => `${lead}${{ transition: 'transition', mov: 'move', switch: 'switch', chang: 'change', becom: 'become', gett: 'get', mak: 'make' }[v.toLowerCase()] ?? v}`);
  // Two aims typed with a comma ("get on DC pathway, pass NIE this yr"): joined by "and", as they are said (r36, set 25).
  g = g.replace(/^((?:get|pass|become|land|find|start|finish|move|learn|join|apply)\s[^,.;]{4,60}),\s+(?=(?:pass|get|become|land|find|start|finish|move|learn|join|apply)\s[^,]{3,60}$)/i, '$1 and ');
  // "automation + performance testing": a plus typed for "and" (r41, set 37).
  g = g.replace(/(?<=\p{L})\s*\+\s*(?=\p{L})/gu, ' and ');
  // "…in the coming admissions cycle", "…for the next intake": when, not what (r41, set 37: clipped to "…in the coming admissions").
  g = g.replace(/\s+(?:in|for|during)\s+(?:the\s+)?(?:coming|next|upcoming|following)\s+(?:[\p{L}-]+\s+){0,2}(?:cycle|round|intake|season|term|semester)\b/iu, '');
  // "s&c", "r&d", "p&l" typed in lower case are said as everyone writes them.
  g = g.replace(/\b[a-z]&[a-z]\b/g, (w) => w.toUpperCase());
  // So are the short words of a trade: "get into ecom ops" → "get into e-commerce operations" (r36, set 24).
  g = g.replace(/\be-?com\b(?=\s+(?:ops|operations|business|store|shop|brand|sales|roles?|jobs?|manager)\b)/gi, 'e-commerce').replace(/(?<![\p{L}-])ops(?![\p{L}-])/gu, 'operations');
  // And languages and nationalities: "teach English online to Japanese or Korean students" (r34, set 22).
  g = withLanguageNames(g);
  // So are months and days typed in lower case: "before September", never "before september" (r30a).
  g = g.replace(/\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, (w) => w.charAt(0).toUpperCase() + w.slice(1));
  // When, before a second aim: "go full time on my shop by next summer and quit serving" (r34, set 21).
  g = g.replace(/\s+(?:by|before|in)\s+(?:next|this)\s+(?:year|summer|spring|autumn|fall|winter|month)\b(?=\s+and\s)/i, '');
  // "…and thereafter to secure a position…": a second aim, for later (s21 unseen senders).
  g = g.replace(/,?\s+and\s+(?:then|thereafter|afterwards|later|subsequently)\b.*$/i, '');
  // "become a fully qualified actuary and to contribute to the development of…": a second aim, said with its own "to" (s21).
  g = g.replace(/^(.{20,}?),?\s+and\s+to\s+\p{L}+\b.*$/u, '$1');
  // "a junior UX writer / content designer job": a slash is "or" in a sentence (s20 review).
  g = g.replace(/\s+\/\s+/g, ' or ');
  // A goal asked as a question ("how do I choose between psychiatry and paediatrics…?"): what it asks how to do (s20).
  g = g.replace(/^(?:how (?:do|can|should) i|how to|what(?:'s| is) the best way to|should i)\s+(?=\p{L})/iu, '').replace(/\?\s*$/, '');
  // What they have just done, then the aim: "just passed my level 3 pt qualification and want to start getting clients on
  // evenings" → "start getting clients on evenings" (r35, set 23: "working towards just passed my level 3…").
  g = g.replace(/^(?:i(?:'ve|\s+have)?\s+)?(?:just|recently|finally)\s+(?:passed|finished|completed|qualified|got|graduated|started|moved|left)\b.{3,90}?,?\s+(?:and|so)\s+(?:now\s+)?(?:i\s+)?(?:want|wanna|would like|hope|plan|need)\s+to\s+(?=\p{L})/iu, '');
  // "i want open small guesthouse": the "to" a writer new to English leaves out (s16 unseen senders).
  g = g.replace(/^(i\s+(?:want|wanna|would like|need|plan|hope))\s+(?=(?:open|start|become|get|find|move|learn|run|build|buy|own|set up|launch|work|have|make|go|pass|change)\s)/i, '$1 to ');
  // "My husband and I are thinking about turning the farmhouse into a B&B": what they would do ("turn the farmhouse…", s16).
  g = g.replace(/^(?:(?:my|our)\s+(?:husband|wife|partner|family|friend|brother|sister|son|daughter)\s+and\s+I|we|I)(?:'re|'m|\s+are|\s+am)\s+(?:(?:really|seriously)\s+)?(?:thinking\s+(?:about|of)|considering|planning\s+on)\s+(\p{L}+ing)\b/iu, (_, v: string) => baseOf(v.toLowerCase()));
  for (let i = 0; i < 3; i++) {
    const before = g;
    if (LEAD.test(g)) {
      g = g.replace(LEAD, '');
      vp = true;
    } else if (NOUN_LEAD.test(g)) {
      g = g.replace(NOUN_LEAD, '');
      vp = false;
    }
    g = g.replace(/^(?:eventually|someday|one day|ultimately|finally|maybe|actually|soon)\b,?\s+/i, '');
    if (g === before) break;
  }
  // Leaving is no goal of its own; where they are heading is: "leave teaching in July 2027 and start retraining as a tailor" →
  // "retrain as a tailor"; "leave bpo this year, … plan is teach english online to japanese or korean students first then maybe
  // open my own small tutorial center" → "teach English online to Japanese or Korean students" (r34, sets 21 and 22).
  if (/^(?:leave|quit)\s/i.test(g)) {
    const next = [...g.matchAll(/(?:\band(?:\s+then)?\s+(?:start\s+|begin\s+)?|\bplan is\s+(?:to\s+)?)(\p{L}+)/giu)].find((m) => VERBS.exec(m[1]!)?.[0].length === m[1]!.length || !!baseVerb(m[1]!));
    if (next?.index !== undefined) {
      const verb = VERBS.exec(next[1]!)?.[0].length === next[1]!.length ? next[1]! : baseVerb(next[1]!);
      g = `${verb}${g.slice(next.index + next[0].length)}`.replace(/\s+(?:first\s+)?then\s+(?:maybe\s+)?\p{L}.*$/u, '').replace(/\s+first$/, '');
      vp = true;
    }
  }
  // To serve as something is to become it: "To serve as a curriculum and assessment specialist" reads, as "serving as", like
  // a job they hold (r34, set 22).
  g = g.replace(/^serve as\b/i, 'become');
  // "pass from project coordination … to a scrum master role": to move, in English (r41, set 37, typed by a writer new to English).
  g = g.replace(/^pass\s+(?=from\s|to\s|into\s)/i, 'move ');
  // "promotion to Assistant Executive Housekeeper": the step as a person says it, and the job in lower case as they write one
  // ("get promoted to assistant executive housekeeper", s16 unseen senders); so after "become a" and "as a".
  // "be promote as Team Leader" (typed by a writer new to English, r36, set 24): the same step.
  if (/^(?:(?:a\s+)?promotion\s+to|be\s+promoted?\s+(?:as|to))\s/i.test(g)) {
    g = g.replace(/^(?:(?:a\s+)?promotion\s+to|be\s+promoted?\s+(?:as|to))\s+(?:an?\s+)?/i, 'get promoted to ');
    vp = true;
  }
  // "Figure out whether my background in traffic modelling is a realistic way into data science": where they would go is the
  // goal ("move into data science"); whether their way there is realistic is their question (typed-questions.ts), where the
  // clip left "…is a realistic" (r39, set 32).
  g = g.replace(/^(?:figure out|find out|work out|understand|know|see|decide)\s+(?:whether|if)\s+.{3,140}?\b(?:way|path|route|move|step)\s+(?:in)?to\s+((?:[\p{L}&-]+\s?){1,4}?)(?=[,.;]|\s+(?:and|or|for|at|in|with)\b|$).*$/iu, (_, x: string) => {
    vp = true;
    return `move into ${x.trim()}`;
  });
  g = titlesAsWritten(g);
  // "obtain the position of Actuarial Analyst at a life insurer": the job, said as one says it ("become an actuarial analyst at a
  // life insurer"), where "obtaining the position of Actuarial Analyst" read as a form (s21 blind review, F = 2).
  g = g.replace(/^(?:obtain|secure|get|land|attain|gain|achieve)\s+(?:a|the)\s+(?:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+)?([\p{L}&-]+(?:\s+[\p{L}&-]+){0,3}?)(?=\s+(?:at|in|with|within|for|by)\s|[,.]|$)/iu, (_, job: string) => {
    vp = true;
    return `become ${withArticle(asWritten(job))}`;
  });
  // What the user adds after the goal is context, not the goal: "get better at presenting to executives, my last two roadmap
  // reviews went badly" → "get better at presenting to executives"; a deadline ("… in the next 6 months", "… before our next
  // sales push") says when, and reads oddly in every question ("someone pricing a B2B product before a next sales push").
  // Anything after a spaced dash is an aside ("raise our first seed round - 3,000 students use the app for free…", s19).
  // So is a hedge after a comma ("…, ideally in Berlin"); never a first step, which is part of the goal ("…, starting with
  // emissions reporting": s19 paired review).
  // A run-on after a comma that tells what they have done ("shift to ux/product design this year, been doing graphic design 6yrs
  // in agency and did an online ux certificate…"): who they are, not the goal (r38, set 28: "…in agency and did.").
  g = g.replace(/,\s+(?:been|having been|already|currently|still)\s.*$/i, '');
  // What their manager says, run on without a stop ("get promoted to AE by Q3 my mgr says i need to run my own discovery calls
  // first…"): why, not the goal (r38, set 29).
  g = g.replace(/[,;]?\s+(?:my|our)\s+(?:mgr|manager|boss|supervisor|team ?lead|lead|director|tl)\s+(?:says|said|thinks|wants|told|keeps)\b.*$/i, '');
  // "the Engineering Manager role opening on our team in Q2": the role, as one says it ("…the engineering manager role on my
  // team"); "in Q2" says when.
  g = g.replace(/\b(role|job|position)\s+(?:opening|coming up|opening up)\b/gi, '$1').replace(/\s+(?:in|by|before)\s+Q[1-4](?:\s+\d{4})?\b/g, '');
  g = g.replace(/\s*\([^)]*\)/g, '').replace(/\s[-–—]\s.*$/, '').replace(/,\s+(?:ideally|especially|mainly|mostly|probably|hopefully|preferably|maybe|perhaps|even|or even)\b.*$/i, '').replace(/[,;]\s+(?:my|our|i|i'm|i've|we|we're|it|this|that|because|since|as|so|but|which|after|especially|e\.g\.|ideally)\b.*$/i, '').replace(/\.\s.*$/, '');
  // "…, in Porto or Lisbon": where, not the goal (s20 unseen senders). "…, SOC analyst or digital forensics maybe" stays: the
  // paired review preferred the specific jobs, hedge and all (5 to 0).
  g = g.replace(/,\s+in\s+\p{Lu}[^,]*$/u, '');
  // "…, 6-8 weeks from june": how long and when, not the goal (s13 unseen senders).
  g = g.replace(/,\s+(?:\d+\s*(?:-|–|to)\s*)?\d+\s+(?:days?|weeks?|months?)\b.*$/i, '');
  // "…, in particular textiles", "…, plan is to quit mid 2026", "…, the hospital slots in Lilongwe are almost full": what
  // narrows or explains the goal, not the goal (s22 unseen senders).
  g = g.replace(/,\s+(?:in particular|particularly|specifically|notably|mainly|namely|not only|not just|either)\b.*$/i, '').replace(/,\s+(?:the |my |our )?(?:plan|idea|hope|aim|goal|target|dream)\s+is\b.*$/i, '').replace(/,\s+(?:the|most|many|all|some)\s+[^,]{1,40}?\s+(?:is|are|was|were|has|have|seems?)\b.*$/i, '');
  // "… before we pitch our first big show to sponsors", "… so that I can …", "… after I graduate in September": when, and
  // why, not what.
  g = g.replace(/\s+(?:before|after|once|when|so that|so|in order to)\s+(?:we|i|our|my|the team)\b.*$/i, '');
  // "… but I don't have a UX writing portfolio yet, where do I start?": what stands in the way, not the goal (s20 senders).
  // "… but there is 2 options here and one is very expensive": the same (s24 unseen senders).
  // Typed without apostrophes too: "… but its 2 years and i cant stop working" (s14 unseen senders).
  g = g.replace(/\s+but\s+(?:i|i'm|i've|i don't|im|ive|first|right now|for now|at the moment|there(?:'s| is| are)|theres|it(?:'s| is)|its|they|my|our|dont|don't|cant|can't)\b.*$/i, '');
  // "… but Brazil is not in the list for the QLTT": a clause of its own after "but" is what stands in the way too (r36, set 25).
  g = g.replace(/\s+but\s+(?:[\p{L}'-]+\s+){1,3}(?:is|are|was|were|has|have|does|doesn't|don't|isn't|aren't|can't|won't|wasn't)\b.*$/iu, '');
  // "become solicitor in Ireland": a job takes its article (r36, set 25).
  g = g.replace(/\bbecome\s+(?!an?\b|the\b|my\b|more\b|better\b)(\p{Ll}+(?:er|or|ist|ian|ant|ent|eon|ic))\b/u, (_, job: string) => `become ${withArticle(job)}`);
  // A second thing they want to know, after the goal ("…, and what I should learn first"): their question, not the goal (r39).
  g = g.replace(/,?\s+and\s+(?:what|how|which|where|whether|if)\s+(?:i|we|to)\b.*$/i, '');
  // A question typed after the goal ("…, can i do it?") is the sender's own question, not the goal.
  g = g.replace(/,\s+(?:can|could|should|do|does|is|will|would|how|what|where|which)\s+(?:i|we|it|this|that|there|my|you)\b.*$/i, '');
  // "…without losing most of my bookings": a condition on the goal, not the goal (s20 unseen senders).
  g = g.replace(/\s+without\s+(?:losing|giving up|having to|quitting|leaving)\b.*$/i, '');
  g = g.replace(/\s+(?:(?:with)?in the next (?:(?:\d+|few|couple of|two|three|four|five|six|eight|nine|ten|twelve|eighteen|twenty-four)\s)?(?:weeks?|months?|years?)|within (?:\d+|a|one|two|three|four|five|six|eight|nine|ten|twelve|eighteen|twenty-four) (?:weeks?|months?|years?)|within the (?:year|month|quarter|next year)|by (?:the )?(?:end of )?(?:(?:early|late|mid)[- ])?(?:\d{4}|next \p{L}+|this \p{L}+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*(?: \d{4})?)|this (?:year|quarter|month)|next (?:year|quarter|spring|summer|autumn|fall|winter)|(?:by|in|before) (?:next )?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|before (?:our|my|the) next [\p{L}\s-]{3,30}|(?:for|by|before) (?:the )?next (?:season|semester|term|year|quarter|spring|summer|autumn|fall|winter)|one day|some ?day|soon|eventually)(?:,?\s+or so)?\.?$/iu, ''); // "…within a year or so" (r40, set 34)
  // "…starting in September": the date went, and the word that led into it with it (r37, set 26: "…placement starting").
  g = g.replace(/\s+(?:starting|beginning|from)$/i, '');
  // A span of time at the end of a goal too long for a sentence of ours ("…at a health-tech company within the next 12 to 18
  // months"): cut, where clipping it left "…within the next." (s24). A shorter goal keeps it: "…in the next 1-2 years" was
  // worth saying (s24 paired review, 3 to 0).
  if (textLength(g) > 90) g = g.replace(/\s+(?:with)?in the next \d+\s*(?:to|-|–)\s*\d+\s+(?:weeks|months|years)\.?$/i, '');
  // "shift in BIM field", "switch to banking sector": the move as one says it, "move into BIM" (r37, set 26).
  g = g.replace(/^(?:shift|switch|change|transfer|go)\s+(?:in|into|to)\s+(?:the\s+)?([\p{L}&-]+(?:\s+[\p{L}&-]+){0,2}?)\s+(?:field|sector|industry|line)\b/iu, 'move into $1');
  // "go to dispatcher or shift planner job" as one says it: "move into a dispatcher or shift planner job" (s24 unseen senders).
  g = g.replace(/^go to (?:an?\s+)?(?=[\p{L} -]{3,50}?\s(?:job|role|position)s?$)/iu, (m) => `move into ${/^go to an?\s/i.test(m) ? m.replace(/^go to /i, '') : 'a '}`);
  // "move to PR agency": a workplace typed without its article (r37, set 27).
  g = g.replace(/^((?:move|switch|go|get) (?:in)?to) (?!(?:an?|the|my|our)\b)((?:[\p{L}&-]+\s+){0,2}(?:agency|company|firm|startup|studio|newsroom|charity|consultancy))\b/iu, (_, v: string, x: string) => `${v} ${withArticle(x)}`);
  // "get first contract as 3rd officer": "get my first contract" (s24 unseen senders).
  g = g.replace(/^(get|find|land|sign|secure) first\b/i, '$1 my first');
  // "finish apprenticeship" → "finish my apprenticeship"; "find volunteer or mentoring opportunity" → "find a volunteer or
  // mentoring opportunity": a job or course typed without its article, as one says it (s25 review of the unseen senders).
  g = g.replace(/^(finish|complete|start|begin) (apprenticeship|degree|thesis|studies|training|internship|residency|placement)\b/i, '$1 my $2');
  g = g.replace(/^(find|get|land|secure) (?!(?:an?|the|my|our|some|any|first|into|onto|in|to|on|at|out|up|back|over|through|ahead|better|more|started|hired|promoted|certified|licensed|accepted|admitted|selected|paid)\b)((?:[\p{L}-]+ (?:or |and )?){0,3}(?:opportunity|job|role|position|internship|placement|contract|apprenticeship))$/iu, (_, v: string, x: string) => `${v} ${withArticle(x)}`);
  // Too long for a sentence of ours: its first aim, where a second follows ("start a civil engineering degree at UTSA on the GI
  // Bill and find a part-time engineering technician job"), never cut mid-phrase ("…and find a part-time engineering", s20).
  if (textLength(g) > 90) {
    const and = [...g.matchAll(/\s+and\s+(?:then\s+)?/g)].find((m) => (m.index ?? 0) >= 20 && startsWithVerb(g.slice((m.index ?? 0) + m[0].length)));
    if (and?.index) g = g.slice(0, and.index);
  }
  // "get a engine cadet berth asap": "an engine cadet berth", and "asap" says when, not what (s22 unseen senders).
  g = g.replace(/\s+(?:asap|as soon as possible)\b/gi, '').replace(/(?<=^|\s)a (?=(?:[ai]|o(?!ne|nce)|e(?!u))\p{Ll})/gu, 'an ').replace(/^(.{15,}?)\s+to\s+(?:start|begin|finish|complete|do)\s+my\b.*$/u, '$1').replace(/[\s,;:]+$/, '');
  // A place of business typed without its article ("open small guesthouse 6-8 rooms", "own guesthouse with restaurant"): with
  // it, as one says it, and its rooms "with" it (s16 unseen senders, a chef in Crete).
  const PLACE = String.raw`(?:guest\s?house|b&b|bed and breakfast|bakery|caf[eé]|coffee shop|restaurant|shop|business|practice|clinic|salon|studio|hostel|hotel|bar|farm|company|agency|store|workshop|brewery|winery|taverna)`;
  // Never "own" of "my own salon": "open my own salon", not "open my own a salon" (r35, set 23).
  g = g.replace(new RegExp(String.raw`(?<!\b(?:my|our|his|her|their|your)\s)\b(open|start|own|run|buy|launch|set up|with)\s+(?!(?:an?|the|my|our|his|her|their|own|some|this|that)\s)((?:(?:small|little|tiny|new|family|local|boutique)\s+){0,2}${PLACE})\b`, 'giu'), (_, v: string, np: string) => `${v} ${withArticle(np)}`);
  // "have my own small studio for hospitality interiors": one opens a place of business (r37, set 26: "working towards have…").
  g = g.replace(new RegExp(String.raw`^have\s+((?:my|our)\s+own|an?)\s+((?:[\p{L}-]+\s+){0,2}${PLACE})\b`, 'iu'), 'open $1 $2');
  if (/^open\s/i.test(g)) vp = true;
  g = g.replace(new RegExp(String.raw`\b(${PLACE})\s+(\d+(?:\s*[-–]\s*\d+)?\s+(?:rooms|beds|tables|seats|covers|staff|employees))\b`, 'giu'), '$1 with $2');
  // Short forms typed in a form, said whole: "move from night audit to accounts dept" → "…to the accounts department" (s16).
  g = g.replace(/\b(?:this|next|last|a|per)\s+yr\b/gi, (x) => x.replace(/yr$/i, 'year'));
  g = g.replace(/\bdepts?\b\.?/gi, (x) => (/s/i.test(x) ? 'departments' : 'department')).replace(/\bmgmt\b\.?/gi, 'management').replace(/\bgovt\b\.?/gi, 'government');
  g = g.replace(/\b(to|into|in|join)\s+((?:[\p{L}-]+\s+){0,2}department)\b/giu, (m, p: string, d: string) => (/^(?:the|a|an|my|our|their|its|this|that)\s/i.test(d) ? m : `${p} the ${d}`));
  // Too long for a clause: its examples go before any word does, never "…in Chicago like program" (r33, set 19).
  if (textLength(g) > 90) g = g.replace(/,?\s+(?:like|such as|e\.g\.|including|for example|for instance)\s+.*$/iu, '');
  // Then its date ("for summer 2027"), then its last alternative ("…in a knitwear factory or a buying/sourcing office"), never
  // "…or a buying/sourcing." cut before its noun (r34, set 21).
  if (textLength(g) > 90) g = g.replace(/\s+(?:for|in|by)\s+(?:(?:the\s+)?(?:summer|spring|autumn|fall|winter)\s+)?(?:\d{4}|next\s+(?:year|summer|spring|autumn|fall|winter))\b/i, '');
  const or = textLength(g) > 90 ? [...g.slice(0, 90).matchAll(/\s+or\s+/g)].pop() : undefined;
  // Two words that share their last ("at a fashion or grocery retailer") keep it: "at a fashion retailer", never "at a fashion" (r36, set 24).
  // "at a pharma or specialty chemicals company": "at a pharma company" (r38, set 30).
  const shared = or?.index ? /^\s+or\s+(?:\p{L}+\s+){1,2}(\p{L}+)$/u.exec(g.slice(or.index).split(',')[0] ?? '')?.[1] : '';
  if (or?.index && or.index >= 30) g = `${g.slice(0, or.index).replace(/[\s,;:]+$/, '')}${shared ? ` ${shared}` : ''}`;
  // A word clipped from what it leads into goes too: "…property management companies instead" (r38, set 29).
  const whole = softLower(g.replace(/^i(?:'m| am)\s+/i, ''), false);
  g = clipWords(whole, 90).replace(/\s+(?:instead|rather|including|especially|mainly|such)$/i, '');
  // Clipped inside a clause of its own ("…report that our executive director and board will actually"): the clause goes whole,
  // where what is left still says the goal ("set up a simple weekly impact report", r39, set 33).
  if (g.length < whole.length) g = g.replace(/^(.{12,}?\S)\s+(?:that|which|who|so that|where)\s+(?:(?!\b(?:that|which|who)\b).)*$/i, '$1');
  // Titles typed in Title Case, as a person writes them in a sentence: "progress from Merchandiser to Senior Merchandiser" →
  // "from merchandiser to senior merchandiser", where the two share a word or one is a role; never "from London to Manchester"
  // (r34, set 21).
  g = g.replace(/\bfrom ((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|&)\s+)?){0,3}\p{Lu}[\p{L}-]*) to ((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|&)\s+)?){0,3}\p{Lu}[\p{L}-]*)\b/gu, (m, a: string, b: string) => {
    const shared = a.split(/\s+/).some((w) => w.length > 3 && b.split(/\s+/).includes(w));
    return shared || isRole(a) || isRole(b) ? `from ${asWritten(a)} to ${asWritten(b)}` : m;
  });
  // Letters typed in lower case that a person writes in capitals: "move to ux research" → "UX research" (s23 unseen senders).
  g = g.replace(/\b(?:ux|ui|hr|qa|seo|crm|sql|aws|cx|soc|gis|ngo|erp|vfx|saas|b2b|fp&a|dc|pc|cid)\b/g, (x) => x.toUpperCase());
  // "UX research in bank or fintech": a field, said as one ("in banking or fintech", s24 review of set 11: "lacks an article").
  g = g.replace(/\bin bank(?= or | and |$)/, 'in banking');
  // "…do day to day, well enough to screen candidates properly": "well enough" leans on what was cut after it (r40, set 36).
  g = g.replace(/,?\s+(?:well|good|clearly) enough$/i, '');
  if (bound && !g.includes(bound) && /\b(?:role|job|position)$/.test(g)) g = `${g} in ${bound}`;
  if (!g || /^(?:i|i'\w+|me|myself)\b/i.test(g) || !safeInDraft(g)) return null;
  return { vp: vp || VERBS.test(g), text: g };
}

/**
 * Whether the user's own words can go into our draft without tripping the coach (golden rule,
 * placeholders, favours). Checked as the draft says them, after "I'm": the golden rule's "find a
 * mentor" needs the writer as its subject (ARCHITECTURE.md §2).
 */
function safeInDraft(text: string): boolean {
  return !unsafeToQuote(`I'm ${text}`) && !asksFavour(text);
}

/** The first missing skill that can go into a draft as it stands (ARCHITECTURE.md §1), clipped; '' when none can. */
export function missingSkill(me: Partial<Me> | undefined): string {
  // "Agile and Scrum (I only worked in waterfall)": the skill, without the aside (s20 unseen senders).
  const skill = (me?.missingSkills ?? []).map((s) => clipWords(plainInsert(s).replace(/\s*\([^)]*\)/g, ''), 60)).find((s) => s && safeInDraft(s));
  return skill ?? '';
}

/** What I'm working towards, as a participle clause: "trying to …", "working towards …", "learning more about …". */
export function purpose(me: Partial<Me>): string {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (g) return g.vp ? `trying to ${g.text}` : `working towards ${g.text}`;
  const skill = missingSkill(me);
  if (skill) return `learning more about ${softLower(skill)}`;
  const need = me.guidance?.[0];
  if (need === 'technical') return 'looking to deepen my technical skills';
  if (need === 'career') return 'thinking carefully about my next career step';
  if (need === 'organisation') return 'learning how to get things done in a larger organisation';
  if (need === 'encouragement') return 'finding my way in the early part of my career';
  return '';
}
