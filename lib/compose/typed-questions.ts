import { textLength } from './limits';
import { capFirst } from './text';
import { PAST } from './clauses';
import { startsWithVerb } from './goals';

/** Past tenses a typed question tells in ("how people got QWE signed off"), beyond a line's (clauses.ts `PAST`). */
const TYPED_PAST: Readonly<Record<string, string>> = { ...PAST, got: 'get', became: 'become', began: 'begin', went: 'go', came: 'come', paid: 'pay', kept: 'keep', knew: 'know', chose: 'choose', learned: 'learn', learnt: 'learn', passed: 'pass', managed: 'manage', handled: 'handle', qualified: 'qualify', switched: 'switch', dealt: 'deal' };

// The sender's own questions, typed inside their goal. Typed questions made the best drafts in every review (s21 unseen
// senders); round 33's reviewers found the real one rarely asked ("whether its realistic to keep a few sheep…", "I want to
// understand if my Italian laurea is recognised in NL"), because only questions typed as questions were found.

/**
 * A question the sender typed inside their goal, as a question to this person: "not sure if I should look for a producer job
 * at a studio or pitch my own series" → "Should I look for a producer job at a studio or pitch my own series?"; "I don't know
 * which certificate counts in Cyprus" → "Which certificate counts in Cyprus?"; '' when there is none.
 */
export function senderQuestion(goalRaw: string): string {
  const text = plainQuestions(goalRaw.replace(/\s+/g, ' '));
  const should = /\b(?:not sure|unsure|(?:do ?n[o']?t|dont) know|can't decide|cannot decide|wondering)\s+(?:if|whether)\s+i\s+should\s+([^.?!;]{8,110}?)(?:\s+(?:or not|and|but)\b[^.?!;]*)?(?:[.?!;]|$)/i.exec(text)?.[1];
  // "I would appreciate guidance on whether to self-fund the type course, and on…" → "Should I self-fund the type course?" (r31).
  const whetherTo = /\b(?:guidance|advice)\s+(?:on|about|regarding)\s+whether\s+to\s+([^.?!;,]{8,80}?)(?:[.?!;,]|\s+or not\b|$)/i.exec(text)?.[1];
  // Up to a second question after "or" ("…how to convince the devs to run them on every release or what to automate first"), asked
  // on its own (senderQuestions); never one that points back to what came before ("run them", r39, set 32).
  const whichTyped = /\b(?:not sure|(?:do ?n[o']?t|dont) know)\s+(which|what|how|where)\s+([^.?!;,]{8,80}?)(?:\s+or\s+(?:whether|what|how|which|where|when|why)\b[^.?!;]*)?(?:[.?!;,]|$)/i.exec(text);
  const which = whichTyped && !/\b(?:them|those|these)\b/i.test(whichTyped[2] ?? '') ? whichTyped : null;
  // "how to pick music…" → "How do I pick music…?"; "which certificate counts…" stays as typed.
  const infinitive = which && /^to\s/.test(which[2] ?? '') ? `${capFirst(which[1] ?? '')} ${/^how$/i.test(which[1] ?? '') ? 'do I' : 'should I'} ${(which[2] ?? '').replace(/^to\s+/, '')}` : '';
  // "cant decide if tanker or container ship is better to start" → "Is tanker or container ship better to start with?" (s22).
  const better = /\b(?:can'?t|cannot|not sure|do ?n[o']?t know)\s+(?:decide\s+)?(?:if|whether)\s+([^.?!;,]{3,40}?)\s+or\s+([^.?!;,]{3,40}?)\s+is\s+better(\s+to\s+start(?:\s+with)?|\s+for\s+[^.?!;,]{3,30})?\b/i.exec(text);
  const choice = better ? `Is ${better[1]} or ${better[2]} better${better[3] ? `${better[3].replace(/to start$/i, 'to start with')}` : ''}` : '';
  // A question typed as one ("should i work in a real bakery first or just go for it", "Are paid volunteer places on research
  // expeditions worth it, or is it better to find a local monitoring project?"), never one about what they said before it
  // ("is that normal…?") nor a short "is that ok??" (s22 unseen senders).
  // Nor one that leans on what came before ("…need for this?").
  // After a dash too ("…within 12 months – which of my licences and experience actually count, …?"), and "is it smarter to…"
  // ("or is it smarter to do GWO and go to wind…?"): r31 review, "none asks the sender's real question".
  const typed = [...text.matchAll(/(?<=^|[.?!:]\s+|\s[–—]\s+)(?:(?:and|also|but|so|or)\s+)?((?:should i|are|is|how do|how much|to what extent|what|which|does|do(?=\s+(?:i|you|we|they|people|ppl)\b))\s(?!that\b|this\b|it\b(?!\s+(?:smarter|better|worth|possible|realistic|enough|too late)\b))[^.?!]{15,110}?|should i\s[^.?!]{15,90}?,\s+or\s[^.?!]{12,90}?)(?:\?+|[.!]|$)/gi)].map((m) => m[1] ?? '').find((x) => !/\b(?:this|that)\s*$/i.test(x));
  // Two questions typed as one ("which of my licences … count, and is GWO plus an HV course enough…"): the first.
  // So is "…need and is it mad…, also do you…" (r34).
  // Typed in a hurry ("what do i learn first sql or ml pls be honest how do ppl get interviews…"): up to its filler or the next
  // question, and the choice after a comma ("What do I learn first, SQL or ML?", r38, set 30).
  const hurried = (x: string) => x.replace(/\s+(?:pls|plz|please|lol|tbh|be honest|honestly)\b.*$/i, '').replace(/^(.{12,}?)\s+(?=(?:how do|how can|what do|what should|which|where do|why do)\s)/i, '$1').replace(/\b(first|better|best)\s+(\S+\s+or\s+\S+)$/i, '$1, $2').replace(/^what do i (learn|study|pick|choose|take)\b/i, 'what should I $1');
  const asTyped = typed ? capFirst(hurried(typed.split(/,\s+and\s+(?=(?:is|are|do|does|should|can|what|which|how)\b)|,\s+also\s+|\s+and\s+(?=is it\b)/i)[0]!).replace(/^should i\b/i, 'Should I')) : '';
  // "many agencies ask money first and i dont know which one is real": "How can I tell which agencies are real?", never "Which
  // one is real?", which points back to nothing said (s25 review of set 12).
  const one = which && /^which$/i.test(which[1] ?? '') ? /^ones?\s+(?:is|are)\s+(\p{L}+)$/iu.exec(which[2] ?? '')?.[1] : undefined;
  const kind = one ? [...text.slice(0, which!.index).matchAll(/\b(?:many|some|most|all|these|the|those)\s+(\p{L}+s)\b/giu)].pop()?.[1] : undefined;
  const tell = kind ? `How can I tell which ${kind} are ${one}` : '';
  // Five words at least, as every question the draft asks: "What are the steps?" (of "I don't know what the steps are??")
  // leans on the goal, and the question typed after it is asked instead (r36, set 24).
  // "Deciding between PSM I and SAFe certification": "Should I go for PSM I or SAFe certification?" (r39, set 32).
  const between = /\b(?:deciding|choosing|torn|(?:trying|need|want) to (?:decide|choose)|can'?t decide|cannot decide|not sure)\s+between\s+([^.?!;,]{2,50}?)\s+(?:and|or)\s+([^.?!;,]{2,50}?)(?=\s+(?:and|but|so)\s+(?:i|would|want|need|am|i'm)\b|[.?!;,]|$)/i.exec(text);
  const pick = between ? `Should I go for ${between[1]} or ${between[2]}` : '';
  const q = [should ? `Should I ${should}` : '', whetherTo ? `Should I ${whetherTo}` : '', choice, pick, infinitive, tell, which ? directQuestion(`${which[1]} ${which[2]}`) : '', asTyped].find((x) => x.split(' ').length >= 5) ?? '';
  const whole = asSaid(q.replace(/\s+even\b(?=\s+\p{L})/giu, ''));
  // Too long with its second choice's second step: "…, or pay someone to build a small first version" without "and test it…".
  const said = textLength(whole) > 120 ? whole.replace(/^(.{20,}?,\s+or\s+.{12,}?)\s+and\s+.*$/u, '$1') : whole;
  return said && textLength(said) <= 120 ? `${said}?` : '';
}

/**
 * Questions that lean on the sentence before them, said whole: "I don't have a technical co-founder. Should I find one first,
 * or…?" → "Should I find a technical co-founder first, or…?"; "Where to start: k6 or JMeter?" → "Should I start with k6 or
 * JMeter?"; "Where do I start: agreeing the definitions, or building the tool?" → "Should I start by agreeing the definitions,
 * or by building the tool?" (r41, set 37: "Should I find one first" asked, and the others never found).
 */
function plainQuestions(text: string): string {
  return text
    .replace(/\b(?:have|need|hire|find|get)\s+(an?\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*[.!]\s+((?:\p{L}+\s+){1,4}(?:find|get|hire|look for|need|have)\s+)one\b/u, (_, np: string, lead: string) => `have ${np}. ${lead}${np}`)
    .replace(/\bwhere (?:do I|should I|to|can I) (?:start|begin)\s*[:,?]\s*(\p{L}[^?.!]{1,60}?),?\s+or\s+(?:by\s+)?(\p{L}[^?.!]{1,60}?)\s*\?/giu, (_, a: string, b: string) => (/ing$/.test(a.split(' ')[0] ?? '') ? `Should I start by ${a}, or by ${b}?` : `Should I start with ${a} or ${b}?`))
    // "To what extent did the programme itself, as opposed to your prior experience, open the door…?": without its aside.
    .replace(/\b((?:to what extent|how far|how much)\s[^?.!,]{5,80}),\s+(?:as opposed to|rather than|not|compared with|compared to)\s[^?.!,]{3,50},\s+/giu, '$1 ');
}

/** Their words as typed, with "i", "ppl", "s&c" and "tefl" as anyone writes them, "is this bad idea" with its article (r37, set 26), and no closing marks. */
const asSaid = (q: string) => q.replace(/\b(?:tesol|tefl|celta|ielts|toefl|pgce|pdsl|mba|cpa|acca|cfa|gwo|sql|ml|ai|ux|ui)\b/g, (w) => w.toUpperCase()).replace(/\b(get|find|land) job\b/gi, '$1 a job').replace(/\bppl\b/gi, 'people').replace(/\bw\/o\b/gi, 'without').replace(/\baccts\b/gi, 'accounts').replace(/\bexp\b/gi, 'experience').replace(/\bu\b/g, 'you').replace(/\bi\b/g, 'I').replace(/\b(do|ca)nt\b/gi, "$1n't").replace(/\bactualy\b/gi, 'actually').replace(/\b(is (?:this|that|it)|is) (bad|good|better|smart|stupid|silly|normal|realistic) (idea|option|way|move|plan|choice)\b/gi, '$1 a $2 $3').replace(/\b[a-z]&[a-z]\b/g, (w) => w.toUpperCase()).replace(/[\s,;:?.!]+$/, '');

/** A helper verb that a direct question puts before its subject ("how room prices are set" → "How are room prices set?"). */
const AUX = /^(?:is|are|was|were|can|could|should|will|would|does|do|did|has|have|must|might)$/i;
/** A subject that takes "do" when the clause has no helper verb ("how people practise" → "How do people practise?"). */
const PLAIN = /^(?:i|we|you|they|people)$/i;
/** Words that make the question lean on what the sender said before it, unread by the person: "Is it worth it?" */
const LEANS = /^Which one\b|\b(?:this|that|them|those|these|one)\s*$|\b(?:do|does|doing|get|getting|need|have)\s+(?:it|this|that)\b|^(?:Is|Are|Was|Does|Do|Can|Should|Would|Will) (?:this|that|these|those)\b|^(?:Is|Was|Does|Can|Would|Will) it\b(?! (?:realistic|possible|worth|too late|better|smarter|normal|common|enough)\b)/i;
/** Where a subject starts after "what" or "which": a pronoun or a determiner ("what the job is like"). */
const SUBJECT = /^(?:i|we|you|they|people|it|he|she|the|a|an|my|our|your|their|those|these|this|that)$/i;
const WH = '(?:whether|if|how|what|which|where|when|why)';

/**
 * An indirect question as a direct one, or '': "whether its realistic to keep a few sheep" → "Is it realistic to keep a few
 * sheep?"; "which tools I should learn first" → "Which tools should I learn first?"; "how people actually practise" → "How do
 * people actually practise?"; "what matters beyond code" → "What matters beyond code?". Where the order can't be told ("what
 * those jobs involve"), none: a garbled question is worse than the drafts' own.
 */
export function directQuestion(clause: string): string {
  const m = /^(whether|if|how|what|which|where|when|why)\s+(.+)$/i.exec(clause.trim().replace(/^(whether|if)\s+its\b/i, '$1 it is').replace(/\bim\b/g, 'I am'));
  if (!m) return '';
  const wh = m[1]!.toLowerCase();
  const words = m[2]!.split(/\s+/);
  if (words.length < 3) return '';
  if (words[0] === 'to') return wh === 'whether' ? `Should I ${words.slice(1).join(' ')}` : /^(?:how|what|where|when)$/.test(wh) ? `${capFirst(wh)} ${wh === 'how' ? 'do' : 'should'} I ${words.slice(1).join(' ')}` : '';
  const yesNo = wh === 'whether' || wh === 'if';
  // Where the subject starts: at once after "whether", "how" or "why"; after the question's own words in "which tools I
  // should learn" or "how much money I need"; nowhere in "which route is realistic", whose question word is the subject.
  const phrase = wh === 'what' || wh === 'which' || (wh === 'how' && /^(?:much|many|long|often)$/i.test(words[0]!));
  // Or a plural noun before its verb: "what lawyers actually pay for" → "What do lawyers actually pay for?" (r36, set 25).
  // Never a verb in -s ("what matters beyond code"): the noun's own verb comes next, after an adverb at most.
  const verb = (w: string) => startsWithVerb(w) || /^(?:pay|want|need|expect|value|care|mean|like|prefer|look|hate|notice|see|say)$/i.test(w);
  const verbNext = verb(words[1] ?? '') || (/ly$/.test(words[1] ?? '') && verb(words[2] ?? ''));
  const plural = phrase && /^\p{Ll}{3,}s$/u.test(words[0] ?? '') && !/^(?:matters|works|helps|counts|means|happens|goes|comes|makes|takes|seems|looks|feels|needs|depends|pays)$/.test(words[0] ?? '') && verbNext ? 0 : -1;
  const at = phrase ? [words.findIndex((w, i) => i < 4 && SUBJECT.test(w))].map((k) => (k < 0 ? plural : k))[0]! : 0;
  if (at < 0) return capFirst([wh, ...words].join(' '));
  // A yes-no question's subject may run long: "whether my background in traffic and infrastructure modelling is …" (r39, set 32).
  const aux = words.findIndex((w, i) => i > at && i < at + (yesNo ? 11 : 7) && AUX.test(w));
  const pre = words.slice(0, at);
  const head = yesNo ? [] : [wh, ...pre];
  // A subject's first word is lower-cased only where it is a pronoun or a determiner: names and letters keep theirs.
  const subject = words.slice(at, aux > 0 ? aux : undefined).map((w, i) => (i === 0 && (SUBJECT.test(w) || /^(?:anyone|someone|there)$/i.test(w)) && w !== 'I' ? w.toLowerCase() : w));
  const said = (xs: string[]) => capFirst(xs.map((w) => (w === 'i' ? 'I' : w)).join(' '));
  // "how the models do with real farmers": "do" is the verb itself, and stays ("How do the models do with real farmers?", r39).
  const doVerb = /^(?:do|does|did)$/i.test(words[aux] ?? '') && (aux === words.length - 1 || /^(?:with|in|on|at|for|without|so|well|better|worse|today|now)$/i.test(words[aux + 1] ?? ''));
  if (aux > at) return said([...head, words[aux]!, ...subject, ...(doVerb ? [words[aux]!] : []), ...words.slice(aux + 1)]);
  // No helper verb: "do" before a subject that takes it as is ("how people practise"); never "does" with a verb to change.
  // A verb in the past takes "did" and its base: "how people got QWE signed off" → "How did people get QWE signed off?" (r36, set 25).
  const v = words.findIndex((w, i) => i > at && i <= at + 2 && !/ly$/.test(w));
  const past = v > at ? TYPED_PAST[(words[v] ?? '').toLowerCase()] : undefined;
  if (past && (PLAIN.test(words[at] ?? '') || at === plural)) return said([...head, 'did', ...words.slice(at, v), past, ...words.slice(v + 1)]);
  return PLAIN.test(words[at] ?? '') || at === plural ? said([...head, 'do', ...words.slice(at)]) : '';
}

/** Where the sender says they want to know something: "I want to understand…", "no idea…", "advice on…", "about…"; a goal that opens on "Figure out whether…" (r39). */
const ASKING = new RegExp(`(?:^(?:figure out|find out|work out|understand)|\\b(?:(?:want|need|would like|'d like|like|trying|try|hoping|have)\\s+to\\s+(?:understand|know|find out|figure out|work out|hear))|\\b(?:not sure|unsure|(?:do ?n[o']?t|dont|didn'?t)\\s+(?:really\\s+|honestly\\s+)?know|no idea|no clue|wondering|curious|(?<=(?:while|and)\\s+(?:also\\s+)?)understanding|can'?t decide|cannot decide|(?:advice|guidance|view|opinion)\\s+(?:on|about|regarding|of)|(?<!(?:nothing|something|anything|everything|us|me|them)\\s)about))\\s+(?=${WH}\\b)`, 'gi');

/**
 * Every question the sender typed or implied in their goal, as direct questions, in the order typed: the one
 * `senderQuestion` finds first, then each indirect one ("I want to understand how room prices are actually set and which tools
 * I should learn first" → "How are room prices actually set?", "Which tools should I learn first?"), then each typed as one.
 */
export function senderQuestions(goalRaw: string, typed = senderQuestion(goalRaw)): string[] {
  const text = plainQuestions(goalRaw.replace(/\s+/g, ' ')).replace(/\([^()]*\)?/g, ' ').replace(/[^\p{L}\p{N}\p{P}\p{Zs}+&/]/gu, '').replace(/ {2,}/g, ' ');
  const found: string[] = [typed];
  for (const m of text.matchAll(ASKING)) {
    const rest = text.slice((m.index ?? 0) + m[0].length).split(/[.?!;]|\s[–—-]\s/)[0] ?? '';
    // "how to approach farmers, what min order…, how delivery…": one question each, to its first comma; "A, or whether B" is
    // one question.
    for (const item of rest.split(new RegExp(`(?:,?\\s+(?:and|also|plus)\\s+|,?\\s+or\\s+(?!whether|if)|,\\s+)(?=${WH}\\b)`, 'i'))) {
      const [first, second] = item.split(/,?\s+or\s+(?=whether\b|if\b)/i).map((x) => directQuestion(x.split(/,(?!\s+or\b)/)[0] ?? ''));
      const one = first && second ? `${first}, or ${second.charAt(0).toLowerCase()}${second.slice(1)}` : first || second || '';
      // Never one that points back to what came before: "How do I convince the devs to run them on every release?" (r39).
      found.push(/\b(?:them|those|these)\b/i.test(one) ? '' : one);
    }
  }
  // Typed as questions ("how much land do you really need and is it mad…, also do you need a holding number…?"), each.
  // Only what reads as a question however it ends: never "do a sommelier course this year…" (a goal of s24's Bruno).
  // Or of whom they hire: "Do hiring managers take a lecturer seriously, or should I first…?" (r40, set 36).
  const asked = /^(?:should i|(?:do|does|can|could|would|will) (?:i|you|we|they|people|ppl|(?:hiring\s+)?(?:managers|employers|companies|recruiters|firms|teams))|how (?:do|does|did|can|should|much|many)|what do|is|are)\s/i;
  // "how much Swedish I really need" is asked as "How much Swedish do I really need?" (r40, set 36).
  const told = (c: string) => (/^how (?:much|many)\s+(?:\p{L}+\s+){1,3}?(?:I|we|you)\s+(?!do\b|does\b|did\b)\p{L}/iu.test(c) ? directQuestion(c) || c : c);
  for (const chunk of text.split(/[.?!]+\s*|,\s+(?:and\s+|also\s+)?|\s+and\s+(?=(?:is|are|do|does|should|can|how)\b)/i)) if (asked.test(chunk) && chunk.split(' ').length >= 4) found.push(told(chunk));
  // Five words at least ("What matters beyond code?" says little to anyone), and one of each: "Should I stay in the police?" is the same question as "…and try for the cyber crime unit first…?".
  const seen = new Set<string>();
  // The one typed as a question stays as senderQuestion finds it ("…or keep doing it out of my apartment?" leans on nothing unsaid).
  return found.map(asSaid).filter((q, i) => q.split(' ').length >= 5 && textLength(q) <= 120 && (i === 0 || !LEANS.test(q))).map((q) => `${capFirst(q)}?`).filter((q) => {
    const key = q.toLowerCase().split(/\s+/).slice(0, 4).join(' ');
    return !seen.has(key) && !!seen.add(key);
  });
}

/** Words on every page, which say nothing of what a question is about. */
const EVERYWHERE = /\b(?:full|part|time|apply|applying|applied|applications?|again|just|numbers?|places?|everything|anything|things?|people|person|actually|really|job|jobs|day|days|year|years|week|weeks|months?|first|start(?:ing)?|get|make|need|new|good|real|still|while|practi[cs]e|experience|anyone|someone|enough|worth|better)\b/gi;
/** What a question is about, without the words on every page. */
export const topicWords = (q: string) => q.replace(EVERYWHERE, ' ');
