import { careerTarget } from './aims';
import { glossOf, titleInEnglish } from './glossary';
import { terms, type Terms } from './meaning';

/**
 * An invitation on their page to people of one kind to write ("If you're a cadet still waiting for a ship, DM me"; "Happy to
 * talk to pharmacists, nurses and doctors thinking about a move into informatics"). Written to the sender, it is the best
 * reason a stranger can give: they asked. A careful person opens on it and says so ("…, so here I am"), where the drafts
 * quoted it as any line, or left it out when the sentence ran long (s23: 23 of the 99 pages in the shared fixtures and eleven sets carry one).
 */
export interface Invitation {
  /** The invitation as they wrote it, cut after its ask ("…, DM me", never "– I remember how confusing…"). */
  quote: string;
  /** Whom it is written to, with what they are doing: "a cadet still waiting for a ship". */
  whom: string;
  /** What they go on to offer ("I'll tell you honestly how I got through the studying while working full time…"). */
  after?: string;
}

// In their language too: "…, escríbeme", "…, escreva-me" (s23: a customs broker in Nuevo Laredo, a luthier in Coimbra), "… – napisz"
// (s24: a depot manager in Opole).
// "…, feel free to connect": an invitation to write, as a note does (s16: a bookkeeper's About, to bookkeepers going self-employed).
// "…, I'm happy to point you in the right direction" (r37, set 26: a planner's offer to architects new to Ontario).
const ASK = String.raw`(?:feel free to (?:connect|reach out|message me|DM me|get in touch|write(?: to me)?)|(?:just |please )?(?:comment or )?DM me|message me|send me a (?:message|DM|note|line)|write to me|drop me a (?:line|message|note)|get in touch|reach out|my DMs are open|(?:I'm|I am) (?:always )?(?:happy|glad) to (?:talk|chat|help|point you in the right direction|answer (?:your |any )?questions|(?:do|have|jump on) a (?:short |quick |free )?(?:\d+[- ]min(?:ute)? )?(?:call|chat))|escr[ií]b[ei]me|m[aá]ndame un mensaje|env[ií]ame un mensaje|escreva-me|escreve-me|manda-me uma mensagem|napisz(?: do mnie)?|odezwij si[eę])`;
// "I am happy to do a short call" asks as plainly as "DM me" (r34: a factory's head of sustainability in Gazipur, an early
// years centre's founder in Nairobi).
/** Whom a condition names: "If you're …", "But if you are …", "Si trabajas …", "Se você é …", "Kung bagong graduate ka…". */
// "If you work nights on the front desk…" names them by what they do: the verb stays in whom it names (s16).
const IF = String.raw`(?:(?:But|And|So|Also),?\s+)?(?:If you(?:'re| are|'ve| have|(?=\s(?:work|run|teach|study|manage|lead)\s))|Si (?:eres|sos|trabajas|est[aá]s|tienes)|Se (?:voc[eê] )?(?:é|és|for|trabalha|est[aá])|Je[sśż]li (?:jeste[sś]|pracujesz)|Kung(?: ikaw ay)?)`;
/** An invitation in the page's own language ("Si trabajas …", "Jeśli jesteś …"): a draft in English never quotes it. */
export const inTheirLanguage = (quote: string) => /^(?:Si|Se|Je[sśż]li|Kung)\s/iu.test(quote);
/** "If you're X, DM me", at the start of a sentence or after a colon ("Students and divers …: if you're applying …, send me a message"). */
// Its ask after a comma or a dash: "If you're working on the community side and wondering whether … – send me a message" (s24).
const IF_YOU = new RegExp(String.raw`(?:^|:\s+)(${IF}\s+(?!that\b)(.{3,220}?)(?:,|\s[–—-])\s+${ASK})(?=$|[\s.,;!–—-])`, 'iu');
/** A condition whose ask is the next sentence: "If you're a receptionist … wondering whether you're 'clever enough' to train – you probably are." */
// Or a colon: "If you're thinking about switching careers into interiors: it's doable." (r37, set 26).
const IF_ONLY = new RegExp(String.raw`^${IF}\s+(?!that\b)(.{3,160}?)(?:\s[–—-]\s.*|:\s.*)?[.!]?$`, 'iu');
const ASK_ALONE = new RegExp(String.raw`^(?:(?:So|Just|Please),?\s+)?${ASK}[.!]?$`, 'iu');
/** A sentence that is only an ask: "Drop me a message.", "DM me." */
export const askAlone = (s: string) => ASK_ALONE.test(s.replace(/\s+/g, ' ').trim());
/** "Happy to talk to X", "I'm always happy to talk with X", "so I'm happy to talk to X", up to a reason or a dash. */
// Or "Always happy to help freshers and agents who want to grow into TL or quality roles" (r39, set 31: a claims team
// leader's About, to a call-centre agent set on team leader), but not "happy to help with…" or "happy to help you…".
// Or "Always up for a virtual coffee with teachers…", "My inbox is open to young buyers…" (r40, set 35).
const HAPPY = /(?:^|,\s+(?:so|and)\s+)((?:(?:I'm |I am )?(?:always )?(?:(?:happy|glad) to (?:(?:talk|chat|have a (?:chat|call|coffee)) (?:to|with)|help(?!\s+(?:with|you|out|if|in|on|make|get|where|when|how|any|anyone|each)\b))|up for an? (?:virtual |quick |short )?(?:coffee|chat|call) with)|my (?:inbox|DMs) (?:is|are) (?:always )?open to) (.{3,160}?))(?=,\s+(?:because|especially|as|since|so|but|I)\b|\s[–—-]\s|\s\((?![^)]{1,20}\),?\s+(?:or|and)\s)|[.!]?$)/iu;

/** "Drop me a note if that's you.", after a sentence naming whom they help (r37, set 27: a PR director's About). */
const IF_THAT_YOU = new RegExp(String.raw`^(?:So,?\s+)?${ASK}\s+if\s+(?:that's|that is|this is|this sounds like)\s+you[.!]?$`, 'iu');
/** "If that's you and you want to see how wine is actually made, write to me": an ask to whom the sentence before names. */
const THAT_YOU_ASK = new RegExp(String.raw`^(?:So,?\s+)?If (?:that's|that is|this is|this sounds like) you\b((?:\s+and\s+)?[^.!?]{0,120}?),\s*${ASK}`, 'iu');
/** Whom they say they help: "I mentor people in their first few years of agency life, especially anyone who's just been promoted…". */
const I_HELP = /^(?:I|We)\s+(?:mentor|help|coach|support|train|advise|work with)\s+(.{3,200}?)[.!]?$/iu;

/** A sentence that opens on an ask: "Message me and I'll send…", "Send me a note, just maybe not…". */
const ASK_START = new RegExp(String.raw`^(?:(?:So|Just|Please),?\s+)?(?:${ASK}|send me a note)\b`, 'iu');

/** "If you're X (…), a lot of people…": whom the condition names, up to its first comma outside brackets; null when none. */
function conditionTo(s: string): [string, string] | null {
  const m = new RegExp(String.raw`^${IF}\s+`, 'iu').exec(s);
  if (!m) return null;
  let depth = 0;
  for (let i = m[0].length; i < s.length && i < m[0].length + 220; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return i - m[0].length >= 3 ? [s.slice(0, i), s.slice(m[0].length, i)] : null;
  }
  return null;
}

/** People named before a colon, then the offer: "Nursing students and young ER nurses: happy to answer your questions about…" (s13). */
// Or with the ask alone: "PhD students and postdocs thinking about industry: DM me." (r38, set 30).
const ADDRESSED = /^(\p{L}[\p{L}\s,&'-]{3,80}?):\s+(?:(?:I'm |I am )?(?:always )?(?:happy|glad) to (?:answer (?:your |any )?questions|talk|chat|help)|DM me|message me|send me a (?:message|DM|note)|write to me|drop me a (?:line|note|message)|reach out|get in touch)\b/iu;

/** People of a kind who ask them how: "People from software, data and design often ask me how to break into agtech". */
const ASKED_ME = /^(?:People|Folks|(?:Lots|Plenty) of people)\s+((?:from|in|with|working in|coming from)\s+[^.?!]{3,60}?)\s+(?:often\s+|always\s+|regularly\s+|keep\s+)?ask(?:s|ed|ing)?\s+me\s+((?:how|whether|about|what)\b[^.?!]{3,80})[.?!]?$/iu;
/** An offer with nobody named, after them: "Happy to share what I've seen." */
const OFFER = /^(?:I'm |I am )?(?:always |more than )?(?:happy|glad) to (?:share|help|chat|talk|give|pay it forward)\b/i;

/** The same offer to more people, in the sentence after it: "Same goes for teaching assistants … weighing up Step Up vs Frontline". */
const SAME_FOR = /^(?:(?:And|Also),?\s+)?(?:the\s+)?same (?:goes|applies) (?:for|to)\s+(.{3,160}?)[.!]?$/iu;

/**
 * The invitation in a sentence of theirs, or null: one with nobody named ("DM me.", "If that's you, write to me") is none.
 * `next`, the sentence after it, may hold the ask ("… – you probably are. Drop me a message."); `before`, the two before it, the
 * offer it extends to others ("…wondering whether social work is for you – message me. Same goes for teaching assistants…":
 * r33, set 19, an ex-detective's About, to a teaching assistant choosing between those routes).
 */
export function invitationIn(sentence: string, next = '', before: readonly string[] = [], then = ''): Invitation | null {
  // An emoji or bullet before it is no part of it ("🎙️ If you're a first-time podcaster…", r37, set 27).
  const s = sentence.replace(/\s+/g, ' ').trim().replace(/^[^\p{L}\p{N}"'“(]+(?=\p{L})/u, '');
  // "People from software, data and design often ask me how to break into agtech. Happy to share what I've seen." (r33, set 20):
  // whom they name, asked, then the offer.
  const asked = ASKED_ME.exec(s);
  const alone = next.replace(/\s+/g, ' ').trim();
  if (asked && OFFER.test(alone)) return { quote: `${s.replace(/[.!]$/, '')}. ${alone.replace(/[.!]$/, '')}`, whom: `people ${asked[1]}`, after: `${asked[2]} ${alone}` };
  const same = before.length ? SAME_FOR.exec(s) : null;
  if (same && before.some((b) => invitationIn(b))) return { quote: s.replace(/[.!]$/, ''), whom: same[1]! };
  const m = IF_YOU.exec(s);
  if (m) return { quote: m[1]!, whom: `${s.slice(0, m.index)} ${m[2]}`.trim() };
  // "…my favourites are the people who have spent years on the other side of the glass – bartenders, sommeliers, cooks. If
  // that's you and you want to see how wine is actually made, write to me." (r40: a winemaker's About, to a bartender): whom
  // the sentence before names, by the list after its dash or colon.
  // Never where the sentence before is read as the offer already, with this one as its ask.
  const that = THAT_YOU_ASK.test(s) && !(before.length && invitationIn(before[before.length - 1] ?? '', s)) ? THAT_YOU_ASK.exec(s) : null;
  const named = that && before.length ? (before[before.length - 1] ?? '').replace(/[.!]$/, '') : '';
  // Or whom they say they help ("I mentor constables who are thinking about plain clothes…. If that's you, message me.").
  const helped = named ? I_HELP.exec(named.replace(/\s*\([^)]*\)/g, ''))?.[1] : undefined;
  // Quoted with the sentence it points back to, where both are short enough: "I mentor constables …. If that's you, message me".
  const both = `${named}. ${that?.[0] ?? ''}`;
  if (that && named) return { quote: both.length <= 160 ? both : that[0], whom: (helped ?? /(?:\s[–—-]\s|:\s)([^–—:]{3,80})$/.exec(named)?.[1] ?? named).trim(), after: that[1] ?? '' };
  // Whom they help, then "Drop me a note if that's you": the people it names, the most particular first ("especially anyone
  // who's just been promoted and is suddenly managing people with zero training").
  const helps = IF_THAT_YOU.test(alone) ? I_HELP.exec(s.replace(/\s*\([^)]*\)/g, '')) : null;
  if (helps) return { quote: s.replace(/\s*\([^)]*\)/g, '').replace(/[.!]$/, ''), whom: (/,?\s+especially\s+(.+)$/i.exec(helps[1]!)?.[1] ?? helps[1]!).trim(), after: alone };
  const c = askAlone(alone) ? IF_ONLY.exec(s) : null;
  if (c) return { quote: `${s.replace(/[.!]$/, '')}. ${alone.replace(/[.!]$/, '')}`, whom: c[1]! };
  // Its offer a sentence or two on: "If you're thinking about switching careers into interiors: it's doable. It's also slower …
  // Happy to chat if you're in the thick of it." (r37, set 26). The condition is quoted; the offer is what makes it one.
  // Or a sentence that opens on an ask ("Message me and I'll send the booking link.", "Send me a note, just maybe not during a
  // code orange"); the condition may go on past a comma ("If you're a journalist (or a teacher, …) thinking about moving into
  // comms, a lot of people were generous with me…"), whom it names ending there, brackets and all.
  const later = [alone, then.replace(/\s+/g, ' ').trim()].find((x) => OFFER.test(x) || ASK_START.test(x));
  // Quoted up to where whom it names ends: "You wrote "If you're a journalist (…) thinking about moving into comms", so here I am."
  const l = later ? IF_ONLY.exec(s) ?? conditionTo(s) : null;
  if (l) return { quote: l[0].replace(/[.!]$/, ''), whom: l[1]!, after: later };
  const h = HAPPY.exec(s);
  if (h && !/^(?:anyone|you|people)$/i.test(h[2]!)) return { quote: h[1]!, whom: h[2]! };
  const a = ADDRESSED.exec(s);
  return a ? { quote: s.replace(/[.!]$/, ''), whom: a[1]! } : null;
}

/** What the sender is and is after, as an invitation is matched to them. */
export interface Invited {
  /** Their kind, by the words of their title ("roofer", "dietetics student"), as `wantOf` in openers.ts has it. */
  kind: ReadonlySet<string>;
  /** The words that name them as people, the last of each title ("graduate" of "marine engineering graduate"). */
  heads: ReadonlySet<string>;
  /** The goal they are writing about. */
  goal: Terms;
  /** As typed, with their long-term goal: "…thinking of specialising in renal" is written to a student set on becoming a renal dietitian. */
  later: Terms;
  /** What they do, in their words ("built 2 acoustic guitars from kits in my garage"). */
  doing?: Terms;
  /** Their goal's text, for whether it is a change of career. */
  aim: string;
  /** The letters their role and work are named by ("IT" of "IT Helpdesk Technician"), which `terms` drops as small words. */
  letters?: ReadonlySet<string>;
}

/**
 * Whether it is written to the sender: two words of their goal ("applying for a marine science master's or a scholarship", to
 * a diver applying for an MSc with a scholarship), or their kind and one word of the goal ("a dietetics student … thinking of
 * specialising in renal"), or their kind thinking of a move, to someone changing careers ("in the guards or any police service
 * and thinking about the move", to a constable heading into cyber security). Never their kind alone: "an apprentice thinking
 * about your own business" is not every apprentice.
 */
export function invites(invitation: Invitation, me: Invited): boolean {
  // Others named in brackets are named all the same: "a journalist (or a teacher, or a nurse, …) thinking about moving into
  // comms" is written to teachers too (r37, set 27).
  const inv = { ...invitation, whom: invitation.whom.replace(/\s*\((?:or\s+)?([^)]*)\)/g, ' or $1') };
  // Words of the goal beyond their kind: "an apprentice" shares nothing more with "finish my apprenticeship".
  // Nor by a word anyone's wish has: "an agent who wants to become a team lead, or a new TL who feels lost" shares "become"
  // and "feels" with a sales assistant who wants to become a store manager and feels awkward (r39).
  const whom = [...terms(inv.whom).stems].filter((st) => !me.kind.has(st) && !WISHING.stems.has(st));
  const goal = whom.filter((st) => me.goal.stems.has(st)).length;
  // What they go on to offer counts for the goal the sender typed: "how I got through the studying", to someone asking
  // whether to study part-time (s23).
  // Never by a verb any offer uses: "hire" and "keep" in the sentences after it are no part of a sender's aim (r34, set 22: an
  // early-years founder's offer to teachers opening a centre, to a primary teacher after an edtech job who asked "do companies
  // even hire teachers").
  const offered = [...terms(inv.after ?? '').stems].filter((st) => !me.kind.has(st) && !whom.includes(st) && !ANY_OFFER.stems.has(st));
  // Or by meaning: "interested in rehabilitation", to an architecture student after retrofit and reuse (r37, set 26). Only a
  // family of the words beyond their kind: "student" is the teaching family's, as any goal with "school" in it.
  const beyond = (inv.whom.match(/[\p{L}-]+/gu) ?? []).filter((w) => ![...terms(w).stems].some((st) => me.kind.has(st))).join(' ');
  const near = [...terms(beyond).families].some((fam) => me.later.families.has(fam) && !/^(?:career|teaching|teams)$/.test(fam));
  const later = [...whom, ...offered].filter((st) => me.later.stems.has(st)).length + (near ? 1 : 0);
  // Their kind among the people it names ("a clinician", "in the guards or any police service"), never a word of what those
  // people do: "a move into health-tech" is not written to a tech lead.
  // Each kind it names on its own: "a small business owner drowning in receipts, or a bookkeeper thinking about…" (s16).
  const people = kindsIn(inv.whom).map(peopleIn).join(' or ');
  // A word of the field in their title names no person: "textile engineer" is not written to a "marine engineering graduate".
  // "Anyone thinking about the move from librarian to manager" is written to librarians, not to managers.
  const from = /\bfrom\s+(.+?)\s+(?:to|into)\s/i.exec(inv.whom)?.[1];
  // "People from software, data and design" are named by where they come from (r33, set 20).
  // Students of a degree the sender is not on ("PhD students and postdocs thinking about industry", to a master's student
  // applying for a PhD: r38, set 30) are no kind of theirs.
  const degree = /\b(PhD|doctoral|master'?s|MBA|MSc|BSc|undergraduate|law|medical|nursing)\s+students?\b/i.exec(people)?.[1];
  const other = !!degree && ![...terms(degree).stems].some((st) => me.doing?.stems.has(st));
  const named = ((/^anyone\b/i.test(people) ? (from ?? inv.whom) : /^people\s+from\s/i.test(inv.whom) ? inv.whom : people).match(/[\p{L}-]+/gu) ?? []).filter((w) => !(other && /^students?$/i.test(w)));
  // Never by a small word of another language both share ("en" of "étudiante en maintenance" and "pensando en").
  const kind = named.filter((w) => w.length > 2).some((w) => [...terms(w).stems].some((st) => me.heads.has(st) || (me.kind.has(st) && !/(?:er|or|ist|ian|eer)s?$|ing$/i.test(w))))
    // People named by the letters of the sender's own work: "accountants or IT people who are curious about IT audit", to an IT
    // helpdesk technician (r40, set 34: an IT audit manager's About).
    || named.some((w, k) => /^\p{Lu}{2,4}$/u.test(w) && !!me.letters?.has(w) && /^(?:people|folks|professionals|pros|staff|teams?)$/i.test(named[k + 1] ?? ''));
  // Not written to them when it opens on a kind of person the sender is not, whatever words of their goal it shares: "If
  // you're a small business owner drowning in receipts", to a chef who wants a guesthouse (s16); in their language, its first
  // word in English ("Si sos mecánico automotriz…", to an aircraft maintenance student: r31).
  const first = /^\p{L}+/u.exec(people.trim())?.[0] ?? '';
  const english = titleInEnglish(first);
  const lead = english !== first ? [english.toLowerCase()] : glossOf(first.toLowerCase());
  const opensOn = /^an?\s/i.test(people.trim()) ? named : lead.length === 1 ? lead : [];
  if (!kind && me.heads.size && opensOn.some((w) => PEOPLE.test(w))) return false;
  // "…curious about IT audit as a way into technology risk" is about a move too (r40, set 34, to an accountant heading into
  // security), and "…wondering if there is life after the classroom" (set 35, to a teacher heading into instructional design).
  const moving = /\b(?:mov(?:e|ing)|switch(?:ing)?|transition(?:ing)?|chang(?:e|ing) careers?|next chapter|(?:a|the|my) (?:way|route|path) into|life after)\b/i.test(inv.whom) && !!careerTarget(me.aim);
  // Or one word of the goal and two of what they do: "a carpenter … who has built a guitar or two at home", to a kitchen
  // fitter who "built 2 acoustic guitars from kits" and wants to build guitars properly.
  const doing = whom.filter((st) => me.doing?.stems.has(st)).length;
  // Words of whom it invites, never of what it offers, in the goals as typed.
  // Never by a word of rank ("hiring managers check…", typed by a graduate after a buying job, is no step up to store manager: r36, set 24).
  const typed = whom.filter((st) => me.later.stems.has(st) && !/^(?:manag|assist|senior|junior|lead|head|chief|deputi|offic|coordin|director)$/.test(st)).length;
  // Or a word of the goal and two of the goals as typed ("wondering whether you could cope with hospital practice – the clinical
  // load…", to a pharmacist moving into a hospital, set on clinical pharmacy later), or a word of the goal and one of what they
  // do, to someone making the move it names ("If you've spent years with patients and you're wondering whether product could
  // be your next chapter", to a therapist moving into product management): s24.
  // A move into a field the sender's goals are in and their job is not: "switching careers into interiors", to a hotel's guest
  // experience manager set on a studio for hospitality interiors (r37, set 26).
  // Or with where they come from after it, one of the sender's own: "people moving into research from journalism, design or
  // teaching", to a graphic designer moving into UX research (r40, set 34: a UX researcher's About).
  const move = /\b(?:switch|mov|chang|transition)\p{L}*\s+(?:careers?\s+)?(?:into|to)\s+([\p{L}\s-]{3,40}?)(?:\s+from\s+([\p{L}\s,-]{3,80}))?$/iu.exec(inv.whom);
  const field = move?.[1] ?? '';
  const source = [...terms(move?.[2] ?? '').stems];
  const into = !!field && [...terms(field).stems].every((st) => me.later.stems.has(st) && !me.kind.has(st) && !me.doing?.stems.has(st))
    && (!source.length || source.some((st) => me.kind.has(st) || me.heads.has(st) || !!me.doing?.stems.has(st)));
  // A stage of a career that what the sender does and is says they are at ("anyone who's just been promoted and is suddenly
  // managing people", to a senior account executive "(just promoted!)" now line managing an intern: r37, set 27).
  const has = (...st: string[]) => st.some((x) => !!me.doing?.stems.has(x));
  const stage = (/\bjust (?:been )?promoted\b/i.test(inv.whom) && has('promot')) || (/\b(?:managing people|new managers?|first-time managers?)\b/i.test(inv.whom) && has('manag', 'xmanag'));
  return goal >= 2 || into || stage || (kind && (later >= 1 || moving)) || (goal >= 1 && (doing >= 2 || typed >= 2 || (doing >= 1 && moving)));
}

/** Words of any wish, which say nothing of whom it is: "want to become", "feel lost", "someone new". */
const WISHING = terms('want wants become becoming feel feels feeling lost new someone anyone');

/** Verbs of any offer or plan, which say nothing of what it is about. */
const ANY_OFFER = terms('hire hiring keep keeping get getting make making take taking need want help helping know think start starting go going come find look like use try ask talk tell give see call chat message share');

/** Nouns that name a kind of person an invitation may open on ("a bookkeeper", "mecánico" in English). */
// "If you're a dairy farmer (or a farming family) weighing up processing your own milk…" is no offer to a farm worker (r39).
const PEOPLE = /^(?:owner|manager|founder|leader|teacher|nurse|student|graduate|engineer|developer|designer|analyst|accountant|bookkeeper|chef|cook|driver|technician|mechanic|assistant|worker|lawyer|carpenter|electrician|pharmacist|translator|farmer|officer|clerk|cashier|receptionist|scientist|researcher|consultant|planner)s?$/i;

/** Words that start what the invited are doing or where they are ("… still waiting for a ship", "… who are thinking about …"). */
// After a noun, what they are going through ("a small business owner drowning in receipts", s16).
const QUALIFIER = /\s*(?:\(|\s(?:who|that|interested|keen|curious|passionate|new to|based|with an?|thinking|still|waiting|dreaming|applying|choosing|trying|looking|wondering|planning to|considering|weighing|deciding|torn|unsure|hoping|anywhere|from|and you)\b|(?<=\p{L}{3})\s(?:drowning|struggling|juggling|stuck|buried|swamped)\b).*$/u;

/** The kinds of people an invitation names, each whole: "a small business owner …, or a bookkeeper thinking about …" (s16). */
// Or "anyone in sales wondering whether…, or anyone early in sales working out the jump from SDR to AE" (r40, set 34).
// Never inside brackets: "a journalist (or a teacher, or a nurse, or anyone who explains…)" is one kind with others beside it.
export const kindsIn = (whom: string) =>
  whom.split(/,?\s+or\s+(?=an?\s|anyone\s|people\s)/).reduce<string[]>((out, part) => {
    const last = out.at(-1);
    const open = (t: string) => (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length;
    if (last !== undefined && open(last)) out[out.length - 1] = `${last}${/^an?\s/.test(part) ? ', or ' : ' or '}${part}`;
    else out.push(part);
    return out;
  }, []);
/** Who a kind is, without what they are doing or where: "a bookkeeper thinking about going self-employed" → "a bookkeeper". */
export const peopleIn = (kind: string) => kind.replace(QUALIFIER, '');

/**
 * Whom an invitation is for, in a few words a note can carry: "a cadet still waiting for a ship" → "cadets", "pharmacists,
 * nurses and doctors thinking about a move into informatics" → "pharmacists, nurses and doctors", "transitioning and thinking
 * about civil engineering" → "people thinking about civil engineering"; '' when it has no short name ("anyone thinking…").
 */
export function invitedName(whom: string, heads: ReadonlySet<string> = new Set()): string {
  const w = whom.trim();
  // Doing something ("applying for a marine science master's or a scholarship"): people doing it, its last part after "and".
  // Not people named by what they study or do ("Nursing students and young ER nurses", s13): they are nouns, below.
  const kinds = /^\p{L}+ing\s+(?:\p{L}+(?:ers|ors|ists|ians|ants|ents)|students|nurses|graduates|staff)\b/iu.test(w);
  if (/^\p{L}+ing\b/u.test(w) && !kinds) {
    const doing = w.split(/\s+and\s+/).pop() ?? '';
    // Else its first part: "working on the community side and wondering whether you could cope with…" (s24).
    const first = w.split(/\s+(?:and|–|—)\s+/)[0] ?? '';
    // "people working on the community side" is said "people on the community side".
    // "people thinking about switching careers into interiors" is said "people switching careers into interiors" (r37, set 26).
    return [doing, doing.split(/\s+or\s+/)[0] ?? '', first].map((d) => `people ${d.replace(/^working\s+(?=(?:on|in|at)\s)/, '').replace(/^(?:thinking (?:about|of)|considering)\s+(?=\p{L}+ing\b)/u, '')}`).find((x) => x.length <= 50) ?? '';
  }
  // What they have done, after "If you've" ("spent years with patients and you're wondering whether product could be your next
  // chapter"): people who have done it, where "your offer to spent years with patients" read as broken (s24).
  // What they do, after "If you" ("work nights on the front desk and you're thinking about finance"): people who do it (s16).
  const now = /^(?:work|teach|study|manage|lead)\s/.test(w);
  if (now || /^(?:spent|worked|been|done|built|had|taught|run|managed|studied)\b/.test(w)) {
    const done = `people who ${now ? '' : 'have '}${w.split(/\s+and\s+|,\s+/)[0]}`;
    return done.length <= 50 ? done : '';
  }
  // "anyone who's just been promoted and is suddenly managing people…": "people just promoted", short enough for a note (r37, set 27).
  const been = /^anyone who(?:'s| has)\s+(just\s+)?been\s+([^,]*?)(?:\s+and\s+.*)?$/i.exec(w);
  if (been) return `people ${been[1] ?? ''}${been[2]}`.length <= 40 ? `people ${been[1] ?? ''}${been[2]}` : '';
  // Where they come from ("people from software, data and design", r33 set 20): as they put it.
  if (/^people\s+from\s/i.test(w)) return w.length <= 50 ? w : '';
  // People at a stage or making a move, said without where they come from: "people moving into research from journalism,
  // design or teaching" → "people moving into research"; "anyone early in sales working out the jump from SDR to AE" →
  // "people early in sales working out…" (r40, set 34, where both were "your offer to talk").
  // Thinking about a field, not a move between two ("anyone thinking about the move from librarian to manager" has no short name).
  const some = /^(?:anyone|people)\s+((?:early|new|moving|switching|working|starting|changing)\b[^,]*|thinking about (?![^,]*\bfrom\b)[^,]{3,40})/i.exec(w);
  if (some) {
    const name = `people ${some[1]!.replace(/(\binto\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+from\s.*$/u, '$1').trim()}`;
    return name.length <= 60 ? name : '';
  }
  // Somewhere ("in the guards or any police service and thinking about the move"): people there.
  if (/^in\s/.test(w)) return `people ${w.split(/\s+and\s+/)[0]}`;
  // In another language ("kierowcą i myślisz o dyspozytorni…"): its first word, where it names people in English (glossary.ts).
  const [word = '', second] = w.split(/\s+/);
  // A title of two words first ("mecánico automotriz y estás pensando en pasarte a la aviación" → "car mechanics").
  const two = `${word} ${second ?? ''}`.trim();
  const title = titleInEnglish(two);
  if (title !== two && !title.includes('/')) return plural(title.toLowerCase());
  const gloss = glossOf(word.toLowerCase());
  if (gloss.length === 1 && /(?:er|or|ist|ian|nurse|student|graduate)s?$/.test(gloss[0]!)) return plural(gloss[0]!.replace(/s$/, ''));
  // "bagong graduate ka…" (Tagalog, "if you're a new graduate…"): "new graduates" (s12: a chief officer in Iloilo).
  if (gloss.join(' ') === 'new' && second && /^[a-z]{4,}$/.test(second)) return `new ${plural(second)}`;
  const head = w.replace(QUALIFIER, '');
  // Where they are stays ("reps in LATAM", "a planning graduate in East Africa" → "planning graduates in East Africa").
  const place = /\s(?:in|at|on|across)\s.*$/.exec(head)?.[0] ?? '';
  const noun = head.slice(0, head.length - place.length);
  // One of a kind ("a roofer, scaffolder or builder"): the first, made plural; people of several kinds ("pharmacists, nurses
  // and doctors"): all. "failed the ATC selection tests once and are …" names no people; "anyone thinking …" none a note carries.
  // Of several, the sender's own ("a mason, carpenter, steel fixer or plumber", to a joiner: "carpenters", r32 set 17).
  if (/^an?\s/i.test(noun)) {
    const each = noun.replace(/^an?\s+/i, '').split(/\s*,\s*(?:an?\s+)?|\s+or\s+(?:an?\s+)?/);
    const own = each.find((k) => [...terms(k).stems].some((st) => heads.has(st)));
    // Of several, none the sender is: no name, never the first ("your offer to farmers", to an office worker: r33, set 20).
    if (!own && each.length > 1 && heads.size) return '';
    // "a young merchandiser/IE/QA person": of the kinds a slash joins, the sender's, and never "persons" (r34, set 21).
    const one = (own ?? each[0] ?? '').replace(/([\p{L}-]+(?:\/[\p{L}-]+)+)(\s+person)?$/u, (_, group: string) => group.split('/').find((k) => [...terms(k).stems].some((st) => heads.has(st))) ?? group.split('/')[0]!);
    return `${plural(one)}${place}`;
  }
  if (!/(?:s|people)$/.test(noun) || /^(?:anyone|people|you|everyone)\b/i.test(noun) || /^\p{L}+ed\b/u.test(noun)) return '';
  // Of people of several kinds ("teaching assistants and family support workers", "accountants or IT people"), the sender's own (r33, set 19).
  const own = noun.split(/\s*,\s*|\s+(?:and|or)\s+/).find((k) => [...terms(k).stems].some((st) => heads.has(st)));
  return (own ? `${own}${place}` : head).replace(/^\p{Lu}(?=\p{Ll}+\b)(?!\p{Ll}*\p{Lu})/u, (c) => c.toLowerCase());
}

/** The words of a title that name the person, the last of each ("Receptionist / Animal Care Assistant" → receptionist, assistant). */
export function headsOf(role: string): Set<string> {
  const parts = (role.split(/[,(]/)[0] ?? '').split(/\s*(?:\/|&|\band\b)\s*/);
  const last = parts.map((x) => x.trim().split(/\s+/).pop() ?? '');
  return new Set([...last, ...last.map((w) => SAME_TRADE[w.toLowerCase()] ?? '')].flatMap((w) => [...terms(w).stems]));
}

/** One trade by its other names: "a mason, carpenter, steel fixer or plumber who wants to move into site supervision" is written to a joiner (r32, set 17). */
const SAME_TRADE: Readonly<Record<string, string>> = { joiner: 'carpenter', chippy: 'carpenter', chippie: 'carpenter', sparky: 'electrician', bricklayer: 'mason', brickie: 'mason' };

/** "sous chef" → "sous chefs", "secretary" → "secretaries": the last word made plural. */
export function plural(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (x) => (/(?:s|sh|ch|x)$/.test(x) ? `${x}es` : /[^aeiou]y$/.test(x) ? `${x.slice(0, -1)}ies` : `${x}s`));
}

/**
 * What their About invites people to talk to them about, item by item ("🙋 Talk to me about:" over "⚡️Fintech", "⚡️Product
 * Development", …: public-2023-a): an offer to talk, on topics. [] when there is none.
 */
export function talkTopics(about: string): string[] {
  const m = /\b(?:talk to me about|ask me about|reach out (?:to me )?about|(?:I'm |I am )?(?:always )?happy to (?:talk|chat) about|DM me about)\s*:\s*\n((?:[^\n]*\n?){1,12})/iu.exec(about);
  if (!m) return [];
  const lines = (m[1] ?? '').split('\n').map((l) => l.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}•·▪‣*-]/gu, '').replace(/[.!]+$/, '').trim());
  // The list ends at its first blank line.
  const list = lines.slice(0, Math.max(0, lines.findIndex((l, i) => !l && i > 0)) || lines.length).filter(Boolean);
  return list.filter((l) => /^\p{L}[\p{L}&/ +-]{1,40}$/u.test(l) && l.split(/\s+/).length <= 4);
}
