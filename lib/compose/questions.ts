import { foreignTitle } from './glossary';
import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { becoming, sameField, targetWords, worksIn } from './aims';
export { sameField } from './aims';
import { DOING, PAST, secondPerson, withSubject, withoutLeadIn } from './clauses';
import { goalCut, jobOf, roleInWork } from './ask';
export { gerund } from './clauses';
import { goal, startsWithVerb } from './goals';
import { bridges, echoes, goalForms, heading, inTheirTerms, lookingFor, theirRole, theirWords, type GoalForms } from './bridge';
import { textLength } from './limits';
import { aimTerms, relevance, terms, type Terms } from './meaning';
import { audienceOf, audienceQuestion } from './audience';
import { CAREER_GOAL, CHANGED_FIELD, findOpeners, mirrorMove, movedInto, opensDoor, RUNS, spelledOut, wantedJob, wantOf, type Opener } from './openers';
import { askAlone } from './invitation';
import { ON_GOAL, pairFit } from './pair-fit';
import { inTech } from './sector';
import { isOngoing } from './dates';
import { orgName } from './names';
import { achieved, lineQuestion, pointedQuestion, taughtBy } from './line-questions';
import { firstRoleQuestion, gotInQuestion, startedAsWanted } from './first-role';
import { promotionQuestion } from './promotion';
import { IMPERATIVE, reasonFor, startedWhere } from './reason';
import { askedOf } from './asked-of';
import { capFirst, fold, safeInsert, withArticle } from './text';
import { senderQuestion, senderQuestions, topicWords } from './typed-questions';
import { asWritten } from './titles';
import { isRole } from './headline';

/** A line that tells what happened ("Today Brian received his admission letter…"): news, no idea anyone can apply (s20 review). */
const EVENT = /^(?:Today|Yesterday|Tonight|This (?:week|morning|month|year)|Last (?:week|month|night|year)|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?:received|graduated|celebrated|flew solo)\b/;

/** Programmes people apply to, the sender's goal and their line naming one: an internship, a graduate scheme. */
const PROGRAMME = /\b(internships?|apprenticeships?|traineeships?|fellowships?|residenc(?:y|ies)|placements?|graduate (?:programme|program|scheme))\b/i;

/** The questions below on how they got where they are, and what they work on now: a follow-up offering one question leaves these out. */
export const ABOUT_THEIR_PATH = /^(?:How did you (?:end up at|get started|come to run)|What are you (?:working on|focused on)|What is the hardest part of your work|What helped you get promoted|What made you (?:start|move)|What drew you to)\b/;

/** The ask is about two or three specific questions (ARCHITECTURE.md §2); the coach flags more than three. */
export const MAX_QUESTIONS = 3;

/** Verbs of passing knowledge on: someone who does these can say what newcomers lack. */
const GUIDE = /^(?:mentor|coach|teach|train|review|hire|interview|onboard|pair)$/i;

/** "turning" → "turn", "translating" → "translate", "planning" → "plan", "writing" → "write". */
function baseOf(ing: string): string {
  const st = ing.replace(/ing$/, '');
  if (/([bdgmnprt])\1$/.test(st)) return st.slice(0, -1);
  if (/(?:v|at|iz|yz|ys|us|uc)$/.test(st) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(st)) return `${st}e`;
  return st;
}

/** Of "X on A and on B", the part that shares most with the sender's goal, said with its head ("junior engineers on B"). */
function partFor(rest: string, want?: Terms): string {
  const m = /^(.*?\s(on|in|with|for)\s)(.+?)\s+and\s+(?:on|in|with|for)\s+(.+)$/u.exec(rest);
  const parts = rest.split(/[:;]\s|\s+and\s+(?:on|in|with|for)\s/);
  const first = parts[0] ?? '';
  if (!m || !want) return first;
  const second = `${m[1]}${(m[4] ?? '').split(/[:;]\s|\s+and\s+(?:on|in|with|for)\s/)[0] ?? ''}`;
  return relevance(want, second, false) > relevance(want, first, false) ? second : first;
}

/** A question still too long, in the order tried: its last phrase after a relative clause, the relative clause, a last phrase. */
const SHORTER = [
  /(\s(?:that|who)\s.*?)\s+(?:with|without|for|across|at)\s[^,]*\?$/u,
  /^(How (?:do|did) you \p{L}+(?:\s+\S+){3,}?)\s+(?:that|who)\s+[^,]*\?$/u,
  /^(How (?:do|did) you \p{L}+(?:\s+\S+){3,}?)\s+(?:with|without|across|for)\s[^?]*\?$/u,
];

/**
 * A question about something they did, in their own words ("I mentor junior engineers on testing" → "How do you mentor junior
 * engineers on testing?"; "I enjoy turning vague product ideas into components" → "How do you turn vague product ideas into
 * components?"). With the sender's goal (`want`), of two things they name the one nearer it (a product manager asks about
 * "writing design notes that others can follow", not "testing strategy").
 */
/** When a line of theirs happened, before its "I" or "we": "This term", "Six months ago", "In 2016", "On Monday". */
const WHEN = /^(?:(?:This|Last|Next) (?:term|week|month|year|season|spring|summer|autumn|fall|winter)|(?:\p{L}+|\d+) (?:days?|weeks?|months?|years?) ago|(?:In|Since) (?:19|20)\d\d|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Recently|Yesterday|Earlier this \p{L}+),?\s+(?=(?:I|[Ww]e)\s)/u;

export function askAbout(sentence: string, want?: Terms): string {
  // "I enjoy turning…" is something they do: asked as "How do you turn…?".
  // Past when it happened: "This term we trained 38 teachers…" is asked as "How did you train 38 teachers…?" (r35).
  const plain = withSubject(withoutLeadIn(sentence).replace(WHEN, '').replace(/^we\b/, 'We')).replace(/[.!]$/, '');
  const s = plain.replace(/^I\s+(?:really\s+)?(?:enjoy|love|like)\s+(\p{L}+ing)\b/u, (_, ing: string) => `I ${baseOf(ing)}`);
  // Not "I enjoy pairing with analysts": whom they guide has its own question (guiding(), below).
  const liked = s !== plain;
  if (liked && GUIDE.test(/^I\s+(\p{L}+)/u.exec(s)?.[1] ?? '')) return '';
  const m = /^(I|We)\s+(\p{L}+)\s+(.+)$/u.exec(s);
  if (!m) return '';
  const [, who, verb = ''] = m;
  // "I designed and analysed 30+ pricing A/B tests": asked by its first verb ("How did you design 30+ pricing A/B tests?").
  const rest = partFor(m[3] ?? '', want).replace(/^and\s+\p{L}+ed\s+/u, '');
  if (/,/.test(rest) && textLength(rest) > 90) return '';
  let q = '';
  if (who === 'I' && (DOING.test(verb) || liked)) q = `How do you ${verb.toLowerCase()} ${secondPerson(rest)}?`;
  else if (PAST[verb.toLowerCase()] && !/^(?:served|supported|graduated|completed|competed|joined|grew|lived|raised|walked)$/i.test(verb) && !(/^spent$/i.test(verb) && /^(?:\S+\s+){0,2}(?:years?|decades?)\b/.test(m[3] ?? ''))) q = `How did you ${PAST[verb.toLowerCase()]} ${secondPerson(rest.replace(/\s+and\s+(?:then\s+|finally\s+)?(?:\p{L}+ed|got|cut|made|built|took|ran)\b.*$/u, ''))}?`;
  // A question, not their sentence pasted back: their first phrase only ("How did you test three pricing models?").
  // Never "turn strategy into …" cut to "turn strategy": what it turns into is the point; never "listening to customers" cut
  // to "listening" (a "to" after an -ing word is no infinitive), nor "move your feature pipeline to a scheduled workflow" to
  // "move your feature pipeline" (a "to" before an article says where), nor "move from QA to development" to "move from QA"
  // (r38, set 28). A comma between two words that describe one thing
  // ("small, well-tested components"), or in a list ("curious, direct and generous"), is not the end of a phrase.
  q = q.replace(/^(.{24,}?)(?:,\s(?!(?:\p{L}+-)?\p{L}+(?:ed|al|ic|ive|ful|less|able|ible|y)\s\p{L}|\p{L}+(?:,\s\p{L}+)*\s+and\s)|\s+(?:before|after|so that|so|which|because|when|and then|and finally)\s|(?<!\p{L}ing|\bfrom(?:\s+\S+){1,3})\s+to\s(?!(?:the|an?)\b)\p{L}+\s|(?<!\b(?:turn|translate|convert|transform)(?:s|ed|ing)?\s+(?:\p{L}+\s+){0,3}\p{L}+)\s+into\s).*\?$/u, '$1?');
  // Still long: without its last phrase ("…make decisions with less guesswork"), then without a relative clause after
  // three words or more ("…junior engineers on writing design notes that others can follow"), never "build data products?".
  for (const shorter of SHORTER) if (textLength(q) > 80) q = q.replace(shorter, '$1?');
  return q && textLength(q) <= 80 && !/\b(?:I|me|my)\b/.test(q) ? q : '';
}

/** "I mentor junior engineers on testing strategy and on…" → { verb: 'mentor', object: 'junior engineers on testing strategy' }; "I enjoy pairing with analysts to…" → { verb: 'pair', object: 'with analysts' }. */
function guiding(sentence: string): { verb: string; object: string } | null {
  // "I volunteer as a mentor for first-generation students" is "I mentor first-generation students".
  const line = withoutLeadIn(sentence).replace(/^outside work\s+(?=I\s)/i, '').replace(/^(I)\s+volunteer\s+as\s+an?\s+(mentor|coach|tutor)\s+(?:for|to)\s+/u, '$1 $2 ');
  const m = /^I\s+(\p{L}+)\s+(.+?)[.!]?$/u.exec(line);
  const liked = /^I\s+(?:enjoy|love|like)\s+(\p{L}+)ing\s+(.+?)[.!]?$/u.exec(line);
  const asBase = liked ? baseOf(`${liked[1] ?? ''}ing`) : '';
  const base = GUIDE.test(asBase) ? asBase : undefined;
  const verb = base ?? (m && GUIDE.test(m[1] ?? '') ? m[1] ?? '' : '');
  if (!verb) return null;
  const rest = (base ? liked?.[2] : m?.[2]) ?? '';
  // Who they guide, without what on ("junior engineers", "with analysts"): the question is about those people.
  const object = rest.split(/,\s|\s+(?:on|about|in|through)\s|;\s|\s+to\s+(?=\p{L}+\s)/u)[0] ?? '';
  const words = object.split(/\s+/).length;
  return words >= 1 && words <= 7 ? { verb: verb.toLowerCase(), object: secondPerson(object) } : null;
}


interface Candidate { q: string; rank: number; goal: boolean; source: string; frame: string }

const NOUN: Partial<Record<Opener['kind'], string>> = { post: 'post', article: 'article', about: 'line', experience: 'line', featured: 'piece' };

/**
 * Two or three questions only this person can answer well (ARCHITECTURE.md §2), chosen for THIS sender:
 * lines of theirs count by how much they bear on the sender's goal, role and skills, and one question
 * at least joins their work to the sender's goal in plain words (so two senders never ask one person
 * the same things). None assumes what the page doesn't show: "what do newcomers lack" only to someone
 * who writes that they mentor or hire; "your move" only for a change of field; a page that shows only a
 * title gets questions that say so.
 */
export function writeQuestions(profile: Profile, me: Partial<Me> = {}, openers: readonly Opener[] = findOpeners(profile, me), standalone = false): string[] {
  const f = goalForms(me);
  const target = f?.target ?? '';
  const goalText = goal(me.shortTermGoal)?.text ?? goal(me.longTermGoal)?.text ?? '';
  const goalTerms = aimTerms(goalText);
  // "Become an engineering manager" is a step: nobody's unrelated move is a parallel to it (aims.ts).
  const step = becoming(goalText);
  // They work where the sender is heading ("software engineering" and a backend engineer): only then can they say what newcomers lack.
  const inTarget = worksIn(profile, target);
  // Or did: "Games User Researcher", to someone moving into UX research (r40, set 34).
  // Every word of it, "user" standing for "UX": a co-owner who was an assistant herd manager never worked in farm management.
  const heldTarget = !!target && profile.experience.some((e) => {
    const had = terms(e.title.replace(/\buser\b/gi, 'UX user')).stems;
    return [...terms(target).stems].every((st) => had.has(st));
  });
  const peer = !target && !!me.role && sameField(me.role.replace(/\b(?:junior|senior|lead|principal|staff|associate)\b/gi, ''), [profile.headline, profile.current?.title].filter(Boolean).join(' '));
  const want = wantOf(me);
  const out: Candidate[] = [];
  const add = (q: string, rank: number, goalTied: boolean, source: string, frame: string) => {
    if (q && textLength(q) <= 150) out.push({ q, rank, goal: goalTied, source, frame });
  };
  const lead = openers[0];
  // `standalone`: no opening before the questions (a follow-up's agenda), so none may point back to one ("that post").
  const leadQuoted = !standalone && !!lead?.quote && !lead.topic;

  const seen = new Set<string>();
  // Their page already tells how they made the move ("People keep asking how I switched…", "The thing I got most wrong at the
  // start…"): "What helped most?" asks what they have answered in public (s19 review), what they would do differently does not.
  const told = toldTheirMove(profile);
  // The line the draft says back as its reason ("You also write that idempotent handlers made retries boring"): asked about, reason and questions connect.
  const why = f ? reasonFor(me, openers, lead ?? null)?.source : undefined;
  openers.forEach((o, i) => {
    const first = i === 0 ? 6 : 0; // The line the opening names gets a question first: opening, reason and questions connect.
    // Their move is theirs to speak about; said as the sender's own reason when it leads elsewhere ("I'm making a move of my own").
    // After an opening that named the move, "that move": not "from research engineer to tech education team lead" twice (a16 review).
    // Never a move out of where the sender is heading: "from e-commerce operations manager to founder and CEO", to a picker
    // after e-commerce operations (r36, set 24 blind review).
    const [, was = '', now = ''] = /^your move from (.+) to (.+)$/.exec(o.name) ?? [];
    const within = (x: string) => [...terms(x).stems].some((st) => terms(target).stems.has(st));
    // Only a move out to a business of their own: "from research engineer to tech education team lead" stays in the field.
    const away = o.kind === 'move' && !!target && within(was) && !within(now) && /\b(?:co-?founder|founder|owner|ceo)\b/i.test(now);
    // A promotion in their own field is asked about all the same: "what helped most when you moved from associate veterinarian
    // to managing director?" beat "What are you working on there these days?" 4 to 0 (r37a paired review).
    // Where their page tells what helped ("What helped me make the shift: • Reading the P&L…"), what they would do differently (r38, set 29).
    if (o.kind === 'move' && target && !away && !f?.entry && !(step && !movedInto(o.source, target))) add(told && o.mirror ? `What would you do differently if you ${i === 0 && !standalone ? 'made that move again' : `${o.name.replace(/^your move /, 'moved ')} today`}?` : `${inTarget || i === 0 ? 'W' : "I'm making a move of my own: w"}hat helped most when you ${i === 0 && !standalone ? 'made that move' : o.name.replace(/^your move /, 'moved ')}?`, 30 + first + (mirrorMove(was, now, want) ? 5 : 0), true, o.source, 'move');
    // The same move in their own words ("I moved into UX research in 2019 after six years of surveys…", "…before switching
    // to management"): what helped them is theirs to say, where "How did you end up at …?" could go to anyone.
    // To someone after a first job there too, when their line says they moved there: how they got in is what they need (r17).
    if (target && o.quote && movedInto(o.source, target)) add(told ? `What would you do differently if you ${i === 0 && !standalone ? 'made that move again' : `were moving into ${target} today`}?` : `What helped most when you moved into ${target}?`, 30 + first, true, o.source, 'move');
    // Their own step into running people ("I was a backend engineer for eight years before I moved into management"), to a
    // sender weighing that step (an engineering manager role): what they wish they had known is theirs to say, where "What would
    // you tell a senior software engineer in my position?" could go to anyone (r38, set 28 blind review).
    const stepped = !target && f && o.quote && RUNS.test(goalText) && !RUNS.test(me.role ?? '') ? /\b(?:moved|moving|stepped|went|switched) (?:into|up to) (management|leadership|managing\b[^,.]*)/i.exec(o.source)?.[1] : '';
    if (stepped) add(`What do you wish you'd known before you moved into ${stepped}?`, 46 + first, true, o.source, 'move');
    // A change of field of their own, elsewhere: what carried over is theirs to say, and what a career-changer most needs to know.
    else if (target && !f?.entry && !step && o.quote && CHANGED_FIELD.test(o.source)) {
      // Their move by its titles where the page shows it ("When you moved from business reporter to senior content strategist, …").
      const move = openers.find((m) => m.kind === 'move');
      // Else by where their line says they moved: "when you moved into management", never "when you changed fields" of a step
      // up in one field (r38, set 28; the paired review kept the question over "How did you end up at …?", 2 to 0).
      const into = /\b(?:moved|switched|transitioned) into ((?:[\p{L}-]+\s?){1,3}?)(?=\s+in\s+(?:19|20)\d\d\b|\s+(?:and|after|before|when)\s|[,.;]|$)/u.exec(o.source)?.[1];
      add(`What carried over when you ${move ? move.name.replace(/^your move /, 'moved ') : into ? `moved into ${into}` : 'changed fields'}, and what was new?`, 28 + first, true, o.source, 'move');
    }
    // An offer to talk on a topic they list ("Talk to me about: … Product Development"), with no line to quote: what they
    // would tell someone like the sender (r36, shared fixtures).
    const asWho = o.invite && !o.quote && i === 0 && f ? me.role || roleInWork(me.whatIDo) : '';
    if (asWho && f) add(`What would you tell ${withArticle(asWritten(asWho))}${wants(f)}?`, 40 + first, true, o.source, 'peer');
    if (!o.quote || o.kind === 'headline' || seen.has(o.source)) return;
    seen.add(o.source);
    // They host the kind of programme the sender is after ("I also host the company's summer internship for four agriculture
    // students", to a student after a summer internship): whom they take on is theirs to say (s20 unseen pages).
    // Their post named by what people ask them ("People keep asking how I prepared for the oral exam while working full time"),
    // to someone on that goal: what made the difference is theirs to say, where "What from your experience as a licensed court
    // interpreter would help me pass…?" could go to anyone (s24, to a banker preparing for the court interpreter exams).
    if (i === 0 && !standalone && /^your post on how you /.test(o.short) && (o.goalRelevance ?? 0) >= 2) add(`What ${/^how you \p{L}+ed\b/u.test(o.topic) ? 'made' : 'makes'} the biggest difference when you ${o.topic.replace(/^how you /, '')}?`, 36 + first, true, o.source, 'how');
    const programme = i === 0 && !standalone && PROGRAMME.exec(goalText)?.[1];
    if (programme && PROGRAMME.test(o.source) && /\b(?:host|run|lead|organi[sz]e|coordinate|offer|manage|supervise)(?:s|ed)?\b/i.test(o.source)) {
      const whom = /\b(?:[\p{L}-]+\s+)?(?:students|graduates|interns|trainees|apprentices)\b/iu.exec(o.source)?.[0].replace(/^(?:four|three|two|five|six|\d+|our|the|my|some)\s+/i, '');
      add(`What do you look for in the ${whom ?? 'people'} you take on?`, 44 + first, true, o.source, 'hire');
    }
    // Their line on people of the sender's kind making the sender's move ("Some of the best HR people I know started by running
    // a shift"): what they would tell one of those people is theirs to say, and what the sender came for (s20 unseen pages).
    const mineAs = me.role || roleInWork(me.whatIDo);
    const who = o.peer && i === 0 && f && mineAs ? withArticle(asWritten(mineAs)) : '';
    // Their line is advice already ("If you're thinking of starting a choir: start small, …"): what they would add to it.
    // After their invitation, what it offers to tell and the sender's own question come first (s23: "How did you get through
    // the studying while working full time?" before "What would you tell a receptionist in my position?").
    // Below which of their list matters most, where the line heads one ("5 things I wish someone had told me when I moved from
    // audit to FP&A:", r38, set 29): what they would tell the sender, their post has told.
    if (who && f) add(`What would you ${/^If you(?:'re| are)\b[^:]*:\s/.test(o.source) ? 'add for' : 'tell'} ${who}${wants(f)}?`, (o.invite ? 40 : o.list ? 27 : 45) + first, true, o.source, 'peer');
    const gr = o.goalRelevance ?? relevance(goalTerms, o.source);
    // A line that bears on nothing the sender said goes below the questions that join their work to the goal.
    const off = o.relevance >= 2 ? 0 : -12;
    // A list they wrote ("What I ask every new supervisor to do in their first 30 days:"): which item matters most for the
    // sender is theirs to say, where its title alone asks nothing (s19 unseen pages).
    if (o.list && f && (o.goalRelevance ?? 0) >= 2) {
      const forWhom = `someone ${f.target ? heading(f) : goalCut(f.ger)}`;
      // Before what carried over in the move the list is on, which its points tell (r38, set 29).
      add(i === 0 && !standalone ? `Which of those matters most for ${forWhom}?` : `In your post on ${secondPerson(o.quote.charAt(0).toLowerCase() + o.quote.slice(1))}, which point matters most for ${forWhom}?`, 29 + first, true, o.source, 'list');
    }
    const isTitle = !o.part && o.quote === o.detail && !/[.!]$/.test(o.source.split('\n')[0] ?? '') && o.source.split('\n')[0]?.trim().replace(/\.$/, '') === o.quote;
    // A title that says what they do for people ("Outside work I volunteer as a mentor for…") is still asked about below.
    if (isTitle && !askAbout(o.quote) && !guiding(o.source)) {
      // The opening quotes the title already: the question points at it rather than saying it again.
      // Not a question to their readers about what the readers want ("…teaching day. What do you want most?", s15): it has no answer of theirs.
      if (/\?$/.test(o.quote) && off === 0 && !/\b(?:what do you (?:want|need|prefer)|which (?:do|would) you (?:prefer|pick|choose)|vote|poll)\b/i.test(o.quote)) add(i === 0 && !standalone ? `What is your short answer to the question your ${o.kind} asks?` : `What is your short answer to "${o.quote}"`, 14 + first + gr + o.relevance, false, o.source, 'title');
      return;
    }
    const sentence = withoutLeadIn(o.source);
    // How they landed a first role, to someone after one: whether the same way would work for theirs (first-role.ts).
    add(firstRoleQuestion(o.source, goalText, f?.entry ? '' : target), 34 + first, true, o.source, 'first-role');
    const guide = guiding(sentence);
    if (guide && inTarget) add(`When you ${guide.verb} ${guide.object}, what do people new to ${target} most often lack?`, 40 + first, true, o.source, 'guide');
    // They mentor people like the sender ("junior engineers", to a junior backend engineer): what those people need help with is theirs to say.
    // "need help with", not "get wrong": asked of people the sender may teach, "get wrong" read as criticism of them (r8 review, #29).
    else if (guide && me.role && sameAudience(guide.object, `${me.role} ${me.whatIDo ?? ''}`)) add(`When you ${guide.verb} ${guide.object}, what do they most often need help with?`, 24 + first, false, o.source, 'guide');
    const reason = o.source === why;
    // A line on people like the sender is its own reason, and the draft says no other (compose-ask.ts): the line the reason
    // would have said is not asked about, pointing back to nothing ("…when you installed those systems?", s21).
    if (reason && lead?.peer && i > 0) return;
    // The opening quotes this line in full: a question that says it again word for word reads stitched.
    const echo = (q: string) => (i === 0 && !standalone && (leadQuoted || echoes(q, o.topic)) && echoes(q, o.quote) ? '' : q);
    // Nor the line the reason has just said ("You also manage 7 engineers across London and Lagos." then "How do you manage 7
    // engineers across London and Lagos?": r17 review, "said twice"): pointed back to, or not asked.
    const again = (q: string) => (reason && !standalone && echoes(q, o.source) ? pointBack(q) : q);
    const action = again(echo(askAbout(o.source, goalTerms)));
    // A line that bears on nothing the sender said, asked back to them, helps the sender in nothing ("How did you move your feature pipeline…?" from a nurse).
    if (action && (gr >= 2 || (i === 0 && o.relevance >= 4))) add(action, 12 + first + gr * 2 + o.relevance + off, false, o.source, 'action');
    // Someone in the sender's own line of work ("junior backend engineer" and "Data Architect & Engineer"): a line of theirs
    // in the sender's field, if not on the very goal, still beats "How did you end up at …?" ("How did you replace a nightly
    // batch job with an event stream?" to someone making payment services reliable under load).
    else if (action && gr === 1 && peer) add(action, -2 + o.relevance / 100, false, o.source, 'action');
    // A line on part of where the sender is heading ("I build data products…" for someone moving into product work): what they
    // wish people in that field understood, which their page shows they can answer (r9 paired review preferred it to none).
    // A workplace ("a customs agency") is no field whose people they could speak for ("customs" and "8 customers", s23).
    // Nor to someone who once held a job there: an ex-games user researcher is one of those people (r40, set 34).
    const near = target && !inTarget && !heldTarget && !/^an?\s/.test(target) ? targetWords(target, o.source) : '';
    // A plural noun phrase only ("data products"): never "In your work on meet customers" or "on conservation lab" (s22).
    const shared = near ? sharedPhrase(o.quote, near) : '';
    // Nor who does it ("In your work on wind companies…", s14 review): a thing they make.
    // Nor whom they work as ("In your work on data scientists…", r38, set 30): a plural of people by their job.
    const phrase = /[^s]s$/.test(shared) && !startsWithVerb(shared) && !/\b(?:companies|firms|businesses|employers|organi[sz]ations|people|teams|jobs|roles|\p{L}+(?:ists|ers|ors|ians|ants|ees))$/u.test(shared) ? shared : '';
    if (phrase) add(`In your work on ${phrase}, what do you wish ${near.replace(/\s+\S+$/, '')} people understood better?`, 22 + first, true, o.source, 'side');
    // What made their result happen, what is hard in their work, what convinced them (line-questions.ts): only they can say. The
    // line the opening quotes whole is not asked back (r8 review: "restates the post"); an off-goal line only as the reason, or as
    // the lead when it bears on the sender ("How did caching solve the first bottleneck?" to an accountant answered itself: u13).
    // A CV line the opening said as what they did ("I saw that you redesigned new-graduate nurse onboarding…"): asked briefly,
    // pointing back ("those super-users") only when even its short name says the line, not their job title.
    // The line the reason says just before ("You also designed and analysed 30+ pricing A/B tests, so I thought of you") is
    // pointed back to, not said twice ("…when you designed and analysed those tests?": r17 review, "said twice").
    // Save how they got there, on a line squarely on the goal ("How did you get your load tests to run on every release?", under
    // that line, to a tester moving into performance testing: r41, set 37), which the line does not say.
    const how = i === 0 && leadQuoted && gr >= 6 ? lineQuestion(o.source) : '';
    const asked = i === 0 && leadQuoted ? (o.kind === 'experience' && !standalone ? achieved(o.source, /^that you /.test(o.short)) : /^How did you get\b/.test(how) ? how : '') : (reason && !standalone && achieved(o.source, true, true)) || lineQuestion(o.source);
    // The view the reason has just said ("You also write that the night audit is a finance job already"): "What convinced you
    // of that?", never the view again (s16).
    // Any other question that says the reason's line again ("You also write that idempotent handlers made retries boring" then
    // "How did idempotent handlers make retries boring?": r36 shared review, "parroted") is not asked.
    const again2 = reason && !standalone && echoes(asked, o.source);
    const line = again2 && /^What convinced you that /.test(asked) ? 'What convinced you of that?' : again2 ? '' : asked;
    const lineRank = 10 + gr * 2 + o.relevance + (reason ? 8 : 0) + (i === 0 ? (o.kind === 'experience' ? 12 : 3) : 0) + off;
    if (line && (gr >= 2 || reason || (i === 0 && o.relevance >= 4))) add(line, lineRank, false, o.source, `line:${line.split(' ').slice(0, 3).join(' ')}`);
    // A CV line of theirs on the sender's goal: what it taught them, named by what they did ("What did drafting grant
    // applications teach you about writing proposals that win public tenders?"), in place of what made the difference,
    // which left the goal out (r15 review: the other question then was "From where you sit as a curator, …").
    // After the question on that line, it points back ("What did that teach you about …?"), as bridges' 'taught' does. Never
    // to the very thing the line is about: "redesigning nurse onboarding" and building onboarding nurses finish is circular.
    if (f && !target && o.kind === 'experience' && gr >= 2 && !sameThing(o.quote.split(/\s+(?:from|in|for|with|to|at|and)\s/)[0] ?? '', f.inf)) {
      const about = goalCut(f.ger).replace(/^(?:understanding|learning)\s+(?=(?:how|what|why|when|where|which)\b)/, '');
      if (line && i === 0 && !standalone) add(`What ${/^What made/.test(line) ? 'did that teach you' : 'has that taught you'} about ${about}?`, lineRank - 0.5, true, o.source, 'taught');
      add(taughtBy(o.source, about), lineRank - 1, true, o.source, 'taught-cv');
    }
    // The opening quoted their whole line: asked about in a few words that point back to it ("How did you build that weekly report?").
    if (i === 0 && !standalone && !action && (gr >= 2 || o.relevance >= 4)) add(pointBack(askAbout(o.source)), 10 + gr * 2 + o.relevance + off, false, o.source, 'action');
    // "Every outage taught us something about…": what it taught them, asked for the sender's goal.
    if (f && !target && i === 0 && gr >= 1 && /^Every \p{L}+ taught (?:us|me)\b/u.test(sentence)) add(`What did ${sentence.split(' ')[1]}s teach you that would help with ${inTheirTerms(goalCut(f.ger), pageStems(profile))}?`, 26, true, o.source, 'apply');
  });

  // They are hiring people like the sender wants to become ("2 junior physiotherapists for your new Donostia clinic", to a
  // student after a first physio job): what makes someone starting out stand out is theirs to say (s20 unseen pages).
  // Interns and trainees are people starting out whatever the sender's goal says ("do a harvest at a winery", to a winemaker
  // looking for 4 harvest interns): s21 unseen pages.
  // Interns and trainees only to a sender their post bears on: never "When you hire graduate trainee planners…?" to a
  // therapist (s22).
  // A singular keeps its article: "When you hire a placement student", never "When you hire 2027/28 placement student" (r33, set 20).
  // To someone starting out, a hiring post that bears on the goal wherever it ranks: the opening may be a line on where they
  // started (r39, set 31: a clinic manager's "We're hiring 2 Medical Office Assistants…", to someone after a first MOA job).
  // So is one under an offer to talk that opens the draft ("If that's you…, write to me", then "we're looking for 4 harvest
  // interns": r40, to a bartender after a harvest).
  const posted = (f?.entry || lead?.invite) && !lead?.hiring ? openers.find((o) => o.hiring && (o.goalRelevance ?? 0) >= 2) ?? lead : lead;
  const hire = !standalone && (f?.entry || (/\b(?:interns?|trainees?|apprentices?|placement students?|placements?)\b/i.test(posted?.hiring ?? '') && ((posted?.goalRelevance ?? 0) >= 4 || [...terms(posted?.hiring ?? '').stems].some((st) => terms(me.role ?? '').stems.has(st))))) && posted?.hiring ? posted.hiring.replace(/^(?:\d+|an?|two|three|four|five)\s+/i, '').split(/\s+(?:for|at|in|to|on|with|who|based)\s/)[0] ?? '' : '';
  // They started in the very job the sender is after first: what they wish they had known then (first-role.ts). Below a move of
  // theirs into where the sender is heading, which the paired review kept over it (r39a: "from emergency room nurse to freelance
  // web developer", to an accountant moving into development).
  const started = !standalone && f?.entry ? startedAsWanted(profile, goalText, spelledOut) : '';
  if (started) add(`What do you wish you'd known when you started as ${withArticle(started)}?`, 28, true, 'bridge:started-as', 'started');
  // Their page says they help others hire ("Helping Founders hire & grow tech teams", "Helping startups hire engineers"), to
  // someone changing careers or starting out: what makes such a newcomer stand out is theirs to say, where "What made you start
  // Pericles?" could go to anyone (r37 shared review, Q = 3). Never the goal again after "What would you tell a nurse who …?".
  const helpsHire = !standalone && f?.target ? /\bhelp(?:ing|s)?\s+((?:[\p{L}-]+\s+){1,2}?hire\b(?:\s+(?:&|and)\s+[\p{L}-]+)?(?:\s+[\p{L}-]+){0,3}?)(?=\s*(?:[|•·,.!]|\p{Extended_Pictographic}|$))/iu.exec(`${profile.headline ?? ''}`)?.[1] : '';
  if (helpsHire && textLength(helpsHire) <= 45) add(`When you help ${helpsHire.replace(/&/g, 'and').replace(/\b\p{Lu}\p{Ll}+/gu, (w) => w.toLowerCase())}, what makes ${f!.entry ? 'someone just starting out' : 'a career-changer'} stand out?`, 41, true, 'bridge:helps-hire', 'hire');
  // "We're hiring 2 Medical Office Assistants": a title in Title Case said as a person writes it (r39, set 31).
  const hireSaid = hire.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => w.toLowerCase());
  const hired = hire && !/s$/.test(hire) && /^an?\s/i.test(posted?.hiring ?? '') ? `${/^an?\s/i.exec(posted!.hiring!)![0]}${hireSaid}` : hireSaid;
  // Before "What would you tell a bartender in my position?" under their offer to talk: it asks what only they can say.
  if (hire && hire.split(/\s+/).length <= 5) add(`When you hire ${hired}, what makes someone just starting out stand out?`, lead?.invite && posted !== lead ? 47 : 44, true, posted!.source, 'hire');

  // How the popup rates the pair, asked at most once: the typed question and the view question below both need it.
  let level: ReturnType<typeof pairFit>['level'] | undefined;
  const fitLevel = () => (level ??= pairFit(profile, me, openers, lead ?? null).level);

  // The sender's own question, typed inside their goal ("also dont know if i should do coaching badges or an s&c cert first"):
  // theirs, so it goes first, but only to someone whose page bears on the goal (s21 unseen senders: typed questions made the
  // best drafts in every review).
  // And only when it bears on their page ("tanker or container ship", to a chief engineer; never to a textile conservator whose
  // line on engineers read as one to graduates, s22).
  // Two words of their page, or one where the draft opens on the goal ("Should I self-fund the type course?", to a head of line
  // maintenance hiring for the A320 in the Gulf: r31), to someone like the sender or one the draft opens on the goal with.
  // To anyone else whose page bears on the goal, two words that name its topic, never "practice" or "full time", which are on
  // every page ("How do people actually practice legal vocabulary while working full time?" was no question for a pharmacist,
  // where "Is it realistic to keep a few sheep and pigs…?" is one for a farmer: r34).
  // Of several, the one that bears most on their page, the first on a tie.
  // The one typed as a question is measured by all its words, as before r34; the rest by those that name their topic only.
  const typedOne = !standalone && lead ? senderQuestion(me.shortTermGoal ?? '') : '';
  const typedQs = !standalone && lead ? senderQuestions(me.shortTermGoal ?? '', typedOne) : [];
  const page = typedQs.length ? terms(theirWords(profile).texts.join(' ')) : undefined;
  // A name the question gives that their headline has ("SAFe", to a "SAFe certified Scrum Master" from someone choosing between
  // PSM I and SAFe certification: r39, set 32).
  // Or the offer the draft opens on names it ("…or who are deciding whether CIPS is worth it", to a buyer asking "Should I do
  // the CIPS diploma first…?": r40, set 35).
  const named = (q: string, text = profile.headline ?? '') => (q.match(/\b\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*\b/gu) ?? []).some((w) => new RegExp(`\\b${w}\\b`).test(text));
  const near = lead?.peer || (lead?.goalRelevance ?? 0) >= 4;
  const fits = typedQs.length > 0 && !near && fitLevel() !== 'poor';
  const [asked, weight] = typedQs.map((q) => {
    const [topic, all] = [relevance(page!, topicWords(q), false), q === typedOne ? relevance(page!, q, false) : 0];
    const mine = Math.max(topic, all);
    // One on where the sender is heading, to someone who works there ("Is my background in traffic modelling a realistic way
    // into data science?", to a data architect: r39, set 32).
    const there = !!f?.target && !f.entry && q.toLowerCase().includes(f.target.toLowerCase()) && (worksIn(profile, f.target) || ((lead?.goalRelevance ?? 0) >= 2 && [...terms(f.target).stems].some((st) => terms(`${profile.headline ?? ''} ${profile.current?.title ?? ''}`).stems.has(st))));
    // One on the way in ("Do I need a master's first, or is a portfolio of case studies enough?"), to someone who has worked
    // where the sender is heading (r40, set 34: an ex-games user researcher, to a designer moving into UX research), after
    // a question on their own move ("How do I make portfolio without real projects?" lost its pair to one: r40a).
    const route = !!f?.target && !f.entry && ROUTE_IN.test(q) && (inTarget || heldTarget);
    // One on the country they live in ("How much Swedish do I really need?", to someone in Stockholm, Sweden, from an engineer
    // relocating there: r40, set 36), by its name's first letters.
    const local = (q.match(/(?<=\s)\p{Lu}\p{Ll}{3,}\b/gu) ?? []).some((w) => (profile.location ?? '').split(/[\s,]+/).some((l) => l.length >= 4 && l.slice(0, 4).toLowerCase() === w.slice(0, 4).toLowerCase()));
    // Or one their page speaks to by many words, whatever the goal's fit: "Is engineering software or technical sales a real
    // option for engineers?", to an ex-structural engineer who sells structural analysis software (r40, set 34), where the
    // goal itself ("get my CPEng") is on nothing of theirs.
    // Or the one they typed as a question, to someone whose line is squarely on the goal ("Should I start with k6 or JMeter?", to
    // someone whose load tests run on every release, from a tester moving into performance testing: r41, set 37).
    const squarely = q === typedOne && (lead?.goalRelevance ?? 0) >= 6;
    // One their role answers: on a charity's board, to a foundation's chair ("How do you find the first board members when nobody
    // knows you yet?"); on a technical co-founder, to a founder (asked-of.ts).
    const answers = askedOf(q, profile);
    return [q, (near && (mine >= 4 || (mine >= 2 && (lead?.goalRelevance ?? 0) >= 4))) || (fits && topic >= 4) || (!near && typedQs.length > 0 && topic >= 8) || (!!lead?.invite && named(q, lead.source)) ? mine * 10 + topic : there || local || squarely || answers || (fits && named(q)) ? 40 : route ? 30 : 0] as const;
  }).reduce<readonly [string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  // Never about a place their page does not put them in ("Which certificate counts in Cyprus?" to an installer in Lebanon, s21).
  // A name, not letters: "for PSM I or SAFe" names no place (r39, set 32).
  const place = /\b(?:in|for)\s+(\p{Lu}\p{Ll}[\p{L}-]*)/u.exec(asked)?.[1];
  // One found in what they said they want to understand, on one word of their page, gives way to a question on their own move
  // ("Would anyone hire a radio person…?" over "What helped most when you moved from reporter to assistant editor?", r34 review).
  const weak = asked !== typedOne && weight < 40;
  if (asked && !(place && !(profile.location ?? '').includes(place))) add(asked, weak ? 25 : 50, true, 'sender:question', 'sender-question');

  // They hold the qualification the sender is working towards ("Luc Schmit, ACII", to an underwriter set on the ACII; an FSA
  // who studied with the Society of Actuaries, to an analyst choosing between it and the Institute): how they got through it is
  // theirs to say (s21 unseen pages).
  const held = !standalone && f ? qualification(profile, `${me.shortTermGoal ?? ''} ${me.longTermGoal ?? ''}`) : '';
  // A charter is earned by years of work, not studied for ("CPEng", r40, set 34).
  if (held) add(`What helped most when you were ${/Eng/.test(held) ? 'working towards' : 'studying for'} your ${held}?`, 36, true, 'bridge:qualification', 'qualification');

  // What a line of theirs to people like the sender offers to tell ("If you're a planning graduate in East Africa trying to
  // decide between the public sector and consultancy, DM me"; "If you're a language teacher…, DM me – I'll tell you honestly
  // what the money, the hours and the first year are like"): asked as they put it, where "What would you tell a graduate who
  // wants …?" asked what their own post answers (s21 blind review).
  // By the sender's kind of job, its last word ("chemist", "graduate", "teacher"): "textile engineer" is no marine engineering graduate.
  const mine = new Set([...terms(jobOf(asWritten(me.role)).split(/\s+/).pop() ?? '').stems]);
  // With the sentence after it, where the offer goes on ("…, escríbeme. I'll tell you honestly which courses were worth it").
  const lines = theirWords(profile).sentences;
  // Past an ask of its own ("Drop me a message."), the sentence after that (s23).
  // Past a short aside too ("Po polsku, po angielsku, trochę po niemiecku.", s24).
  const goesOn = (i: number) => [lines[i + 1] ?? '', lines[i + 2] ?? ''].slice(0, askAlone(lines[i + 1] ?? '') || textLength(lines[i + 1] ?? '') < 60 ? 2 : 1).filter((y) => /^I(?:'ll| will| can)\s|\bI'm happy to\b/.test(y)).join(' ');
  // Or the invitation the opening takes them up on, whatever words it names them by ("If you're working on the community side…", s24).
  const invited = (x: string) => !!lead?.invite && x.startsWith(lead.quote.slice(0, 40));
  const offer = !standalone && f ? lines.map((x, i) => ((/^(?:If you(?:'re| are)|Happy to)\b/i.test(x) && [...terms(x.slice(0, 70)).stems].some((st) => mine.has(st))) || invited(x) ? `${x} ${goesOn(i)}` : '')).find((x) => x && offerQuestion(x)) : undefined;
  // "What is your work really like?" says less than what they would tell someone like the sender (s23 paired review).
  const offered = offer ? offerQuestion(offer) : '';
  if (offer) add(offered, /\byour work\b/.test(offered) ? 43 : 47, true, `${offer}#offer`, 'offer');

  // How they landed their first role, told in a post the draft names by another line ("People keep asking how I switched…"):
  // asked about all the same, where "what would you look for in someone moving into …?" could go to anyone (s19 review).
  if (f && !standalone && !out.some((c) => c.frame === 'first-role')) {
    const line = theirWords(profile).sentences.find((x) => firstRoleQuestion(x, goalText, f.entry ? '' : target));
    if (line) add(firstRoleQuestion(line, goalText, f.entry ? '' : target), 32, true, line, 'first-role');
  }
  // How they got the place the sender is after ("Finally got my cadetship…", to someone who would go as a cadet again).
  if (f && !standalone) {
    // By the goal as typed: "…or cadet again if must" is cut from the goal the draft says, not from what they would take.
    const typed = terms(`${me.shortTermGoal ?? ''} ${me.longTermGoal ?? ''}`).stems;
    const same = (place: string) => [...terms(place).stems].some((st) => typed.has(st));
    const line = theirWords(profile).sentences.find((x) => gotInQuestion(x, same));
    if (line) add(gotInQuestion(line, same), 33, true, line, 'got-in');
  }

  // Their line on where they started, the sender's work now (their-start.ts): what of it carried them into where the sender is
  // heading is theirs to say, and points back to the line the opening quotes ("What from those years helped most…?"). A line
  // that tells the move itself has questions of its own (above).
  if (!standalone && lead?.started && target && !movedInto(lead.source, target)) add(`What from ${/\byears?\b/i.test(lead.quote) ? 'those years' : 'that work'} helped most when you moved into ${target}?`, 46, true, lead.source, 'move');

  // They started where the sender is now (the reason says so: "you started in QA in Recife"): how they made the move is theirs
  // to say, and what the sender most needs.
  const from = why && target ? startedWhere(me, why) : '';
  if (from) add(`What helped most when you moved from ${/^(?:an?|the)\s/i.test(from) ? `being ${from}` : from} into ${target}?`, 40, true, why!, 'move');

  const role = theirRole(profile, false, inTarget ? target : '');
  const jobGoal = CAREER_GOAL.test(goalText) || /\b(?:position|job|role|promoted|promotion)\b/i.test(goalText);
  // From the sender's own kind of job first ("from English teacher to onboarding specialist", to a teacher), before any move
  // into the job they want ("from onboarding specialist to senior customer success manager", r38, set 29).
  const mirrors = (anyFrom: boolean) => openers.find((o) => o.kind === 'move' && mirrorMove(/^your move from (.+) to /.exec(o.name)?.[1] ?? '', /^your move from .+ to (.+)$/.exec(o.name)?.[1] ?? '', want, anyFrom));
  const mirror = mirrors(false) ?? (jobGoal ? mirrors(true) : undefined);
  // After an opening that named it, "that move" (a16 review: never the titles twice).
  const made = mirror && !standalone && mirror === lead && mirror.mirror ? 'made that move' : mirror?.name.replace(/^your move /, 'moved ');
  // They hold the job the sender is after ("pharmacy manager", to a pharmacy technologist after a branch manager's job), and
  // no move of theirs says how they got it: their first year in it is theirs to tell, where "How did you end up at …?" could
  // go to anyone (s21 blind review).
  const now = asWritten(profile.current?.title);
  // One job, named by its head noun in the goal ("manager" of "branch manager"): never "your first year as director of
  // libraries" to a librarian after a branch, nor as "a scrum master and software engineer".
  // Of two jobs in one title ("Scrum Master - Software Engineer"), the one the goal names (r39, set 32).
  const headNoun = (x: string) => (x.split(/\s+(?:of|for|at|in)\s+/)[0] ?? '').split(/\s+/).pop() ?? '';
  // Not to someone changing careers into a field, whose questions on their lines said more (r39b: "What did you find hardest in
  // your first year as a software engineer?" lost to "How do you turn those product ideas into components?").
  const jobs = !/\sand\s/.test(now) ? [now] : f?.target || !isRole(now.split(/\s+and\s+/)[0] ?? '') ? [] : now.split(/\s+and\s+/);
  const heldNow = jobs.find((x) => [...terms(headNoun(x)).stems].some((st) => want.goal.stems.has(st)) && wantedJob(x, want)) ?? '';
  const holds = !!f && !made && !!heldNow && jobGoal;
  if (holds) add(`What did you find hardest in your first year as ${withArticle(heldNow.replace(/^(?:senior|lead|principal|chief|head)\s+/i, ''))}?`, 24, true, 'bridge:first-year', 'first-year');

  if (f) {
    const about = !standalone && lead && lead.quote && NOUN[lead.kind] && !opensDoor(lead.source) ? { noun: NOUN[lead.kind] ?? 'post', topic: lead.topic, quote: lead.part ? '' : lead.quote, said: lead.quote, relevant: (lead.goalRelevance ?? 0) >= 2, strong: (lead.goalRelevance ?? 0) >= 4, practice: /^(?:I|We|My|Our|Most of (?:my|our))\s/.test(withoutLeadIn(lead.source)), event: EVENT.test(lead.source), advice: IMPERATIVE.test(withoutLeadIn(lead.quote)) } : null;
    const onGoal = openers.some((o) => o.quote && (o.goalRelevance ?? 0) >= ON_GOAL);
    const joined = bridges(f, role, about, inTarget, onGoal, anchorOf(openers, standalone ? undefined : lead), pageStems(profile));
    // Their page says what they look for when hiring: how the sender could show it, where "what would you look for in someone
    // moving into …?" asks what their page already answers (s19: a clinical informatics lead's "What I look for when hiring: …").
    const hires = f.target && inTarget ? lookingFor(profile) : '';
    if (hires) add(`How could someone ${heading(f)} show what you look for ${hires}?`, 38, true, 'bridge:look-for', 'look-for');
    joined.forEach((b, k) => add(b.q, 25 - k * 12, true, b.about && lead ? lead.source : `bridge:${b.frame}`, b.frame));
    // Nothing of theirs joins the goal, but they are one of the people it is for ("product plans that engineers trust", to a
    // software engineer): what would win them over is theirs to say, where "What from your experience as …?" could go to anyone.
    if (!joined.length) add(audienceQuestion(profile, goalText), 27, true, 'bridge:audience', 'audience');
    // Nothing on their page is on the sender's problem: never paste the goal into their title ("…in your role as a
    // co-chair"), nor ask them for a referral. Their own view, from a role that bears on the goal ("What from your experience
    // as an engineering manager would help me get better at presenting to executives?"). Never from one that bears on nothing
    // of it: "…as a pharmacy informatics lead would help me do a sommelier course?" asks for a link their page never makes,
    // and blind reviewers preferred the drafts without it 75 to 1 (r24h); the questions on them alone stay.
    const title = [profile.headline, profile.current?.title, role].filter(Boolean).join('. ');
    // A sender after a first job running things, to someone who runs things (a librarian after a branch, to a director of people).
    // By the part of the goal the question says: "become a licensed architect in Ontario", never its second aim ("…and lead
    // residential projects again"), which made a facilities manager's view a bridge to an architect's licence (r37, set 26).
    const runs = RUNS.test(goalCut(f.inf)) && !RUNS.test(me.role ?? '') && RUNS.test(profile.current?.title ?? '');
    // Both in software, data or product work: a bridge within one world reads as fair (sector.ts).
    const near = inTech(`${me.role ?? ''} ${me.organisation ?? ''} ${me.whatIDo ?? ''} ${goalText}`) && inTech([profile.headline, profile.current?.title, profile.current?.company].join(' '));
    // A page that shows only a title naming no field ("Researcher."): nothing on it says the goal is far from their work, and
    // the bridge is all the draft can ask (r25 paired reviews of the shared fixtures preferred it there 20 to 7, over four reviewers).
    const vague = !profile.about && !profile.activity.length && profile.experience.length <= 1 && FIELDLESS.test(asWritten(profile.current?.title ?? profile.headline ?? ''));
    const roleBears = inTarget || holds || runs || near || vague || relevance(goalTerms, title, false) > 0 || fitLevel() !== 'poor';
    if (roleBears && !joined.length && !out.some((c) => c.frame === 'apply' || (c.goal && c.rank >= 20 && c.frame !== 'move' && c.frame !== 'first-year'))) add(perspective(f, role, !profile.current?.title && profile.experience.length > 0 && !profile.experience.some((e) => isOngoing(e.dates)), !holds), 20, true, 'bridge:view', 'view');
  }

  // Nothing of theirs bears on the sender: the line the opening named, asked about in its own shape ("What convinced you that
  // most alert fatigue is self-inflicted?"), says more than "How did you end up at …?", which anyone could be asked (r14 review:
  // the same generic pair of questions went to every poor fit).
  if (f && lead?.quote && !standalone && !out.some((c) => c.rank >= 10 && !c.goal)) {
    // Tried in order, each worked out only when the one before gives nothing usable (askAbout once, not twice).
    const usable = (q: string) => !!q && !(leadQuoted && echoes(q, lead.quote));
    const line = lineQuestion(lead.source);
    const asked = usable(line) ? '' : askAbout(lead.source);
    // Else a question that points back to it, where nothing said since (a reason from another line) could be "that".
    // Never of a title ("Write your plans in a Brief" is no lesson they learned).
    const pointed = (why && why !== lead.source) || lead.kind === 'article' || lead.kind === 'featured' ? '' : pointedQuestion(lead.source);
    const own = [line, asked && pointBack(asked), asked, pointed].find(usable);
    if (own) add(own, -1, false, lead.source, own === pointed ? 'pointed' : 'own');
  }

  // Their step from doing the work to running it, to a sender after that very step ("from children's librarian to head of
  // main library", to a senior librarian after a first branch manager role): how they made it is theirs to say, where "What
  // made you move …?" asked their motive (poor-fit review: ask how, and only of a move shaped like the sender's).
  const climb = openers.find((o) => o.kind === 'move' && o.climb) ?? openers.find((o) => o.kind === 'move' && stepUp(o.name) && !RUNS.test(me.role ?? '') && RUNS.test(goalText));
  if (f && climb) add(`What helped most when you ${climb.name.replace(/^your move /, 'moved ')}?`, 26, true, climb.source, 'move');
  // Their move from the sender's job into the one the sender wants ("from warehouse operative to dispatcher", to a warehouse
  // operative after a dispatcher job), or into that job from anywhere, to someone after a job ("from key account manager to
  // medical science liaison", to a medical sales representative): how they made it, never what made them move. Where their
  // page tells how they made it ("People ask how I made the move, so here it is"), what they would do differently.
  if (f && made) add(told ? `What would you do differently if you ${made} today?` : `What helped most when you ${made}?`, 29, true, mirror!.source, 'move');
  // To someone after a promotion, how they got theirs, where no move of theirs above is asked already (promotion.ts).
  const promoted = !standalone && f && !made && !climb ? promotionQuestion(profile, goalText) : '';
  if (promoted) add(promoted, 24, true, 'bridge:promoted', 'promoted');

  // How they got where they are, in what their page shows (ABOUT_THEIR_PATH matches these): their move, their organisation; never "What led you to become a co-founder?" to everyone.
  // A name that had to be cut ("Aire Valley Teaching…") is no place to ask about: how they started in the work instead (s15).
  const org = orgName(profile.current?.company ?? profile.experience.find((e) => /present/i.test(e.dates ?? ''))?.company).replace(/^.*…$/, '');
  const job = role && !/^someone /.test(role) ? role.replace(/ at .*$/, '') : '';
  // Who they are to their organisation, from the whole title: "owner" of "Owner & Lead SLP", though `role` says "a lead SLP".
  const rank = `${job} ${asWritten(profile.current?.title ?? '')}`;
  // Between jobs (no job now, every one on their page ended): never "What are you focused on in your work these days?" to someone
  // whose firm has just closed (r37, set 26 blind review).
  const between = !profile.current?.title && !profile.current?.company && profile.experience.length > 0 && !profile.experience.some((e) => isOngoing(e.dates));
  // What their last years of work taught them, which only they can say.
  const last = between ? orgName(profile.experience[0]?.company).replace(/^.*…$/, '') : '';
  const years = (profile.experience[0]?.dates ?? '').match(/\d{4}/g)?.map(Number) ?? [];
  // Never where their page already says it: "These days my work is scheduling, billing…", "I lead the inbound night shift at a
  // big DC" (r39, set 31 blind review: asked right under the line that answers it).
  const saysNow = theirWords(profile).sentences.some((x) => NOW_WORK.test(x));
  // What is hard in it, which a page rarely says, instead.
  if (!between && saysNow) add(org ? `What is the hardest part of your work at ${org}?` : 'What is the hardest part of your work these days?', -4, false, 'plain:now', 'plain');
  else if (!between) add(org ? `What are you working on at ${org} these days?` : 'What are you focused on in your work these days?', -4, false, 'plain:now', 'plain');
  else if (last) add(`What did your ${years.length >= 2 && years.at(-1)! - years[0]! >= 2 ? 'years' : 'time'} at ${last} teach you most?`, -4, false, 'plain:now', 'plain');
  const surname = (profile.fullName ?? '').trim().split(/\s+/).slice(1).pop() ?? '';
  const family = surname.length >= 3 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(org);
  const founded = orgName(profile.experience.find((e) => isOngoing(e.dates) && /\b(?:co-?)?founder\b/i.test(e.title))?.company);
  const move = openers.find((o) => o.kind === 'move');
  // A move into what the sender is after ("from chef de partie to apprentice carpenter", to a restaurant manager starting a
  // carpentry apprenticeship): how they made it, asked before any line of theirs (r35 paired review).
  // By a word of the job they moved into that names a trade, not a rank ("carpenter", not "manager"), to a sender after a job.
  const into = /^your move from .+ to (.+)$/.exec(move?.name ?? '')?.[1] ?? '';
  const trade = (st: string) => st.length > 3 && !/^(?:manag|assist|senior|junior|lead|head|chief|director|offic|coordin|specialist|associ|team|staff|work|site|gener|deputi|princip|execut|coach)/.test(st);
  const career = CAREER_GOAL.test(goalText) || /\b(?:apprenticeship|job|role|position|exams?|licen[cs]e|certified|qualif\w*)\b/i.test(goalText);
  if (move && f && into && career && [...terms(into).stems].some((st) => trade(st) && terms(goalText).stems.has(st))) add(`What helped most when you ${move.name.replace(/^your move /, 'moved ')}?`, 28, true, move.source, 'move');
  if (move && (!target || f?.entry)) add(`What made you ${move.name.replace(/^your move /, 'move ')}?`, -3, false, 'plain:path', 'plain-path');
  // Never "…as a backend engineer at NovaPay": they may have started as one elsewhere (r8 blind review: Rohan was one at Veloxa first).
  // Never "How did you end up at Pericles?" to its co-founder, nor to a foundation's chair (final review): what made them start it.
  // Nor "What drew you to Ramdial Electrical Services?" to Andre Ramdial, its owner, who "opened Ramdial Electrical Services in
  // 2014 with one van and a helper" (r25 review: "misreads that he founded it").
  else if (org && (/\b(?:co-?)?founder\b/i.test(rank) || founded === org || (/\bowner\b/i.test(rank) && (family || theirWords(profile).sentences.some((x) => /\b(?:opened|started|founded|set up|launched)\b/i.test(x) && fold(x).includes(fold(org))))))) add(`What made you start ${org}?`, -3, false, 'plain:path', 'plain-path');
  // An owner whose page never says they started it: how they came to run it, never "What drew you to Szprycha…?", which
  // read as if they had joined it (r36, set 24 blind review).
  else if (org && /\bowner\b/i.test(rank) && !/\b(?:chair|president|managing director|ceo)\b/i.test(rank)) add(`How did you come to run ${org}?`, -3, false, 'plain:path', 'plain-path');
  else if (org && /\b(?:chair|president|managing director|ceo)\b/i.test(rank)) add(`What drew you to ${org}?`, -3, false, 'plain:path', 'plain-path');
  // Something they founded beside their main job ("Founder & Musical Director, Côr Cymunedol Penrhiw", a head of music): what
  // made them start it says more than how they ended up at their school (s20 unseen pages).
  else if (founded) add(`What made you start ${founded}?`, -3, false, 'plain:path', 'plain-path');
  // The line the opening quotes tells how they got there ("I started my career as an English teacher in a Kobe city public
  // junior high school, then moved to international education in 2015"): never "How did you end up at Rokko International
  // Academy?" after it, which it answers (r34, set 22 blind review), but what was hardest in that move; before what they wish
  // they had known at their first job, which points nowhere after it (r38b paired review).
  else if (org && !standalone && lead?.quote && /\b(?:moved|switched|made the (?:move|switch|jump)|started my career)\b/i.test(lead.source)) add('What was hardest about that move?', -3, false, 'plain:path', 'plain-path');
  // Their page tells how they got there, year by year ("2009 – front office cashier in Durban…", "2011 – night auditor…"): never
  // "How did you end up at …?", which it answers (s16 blind review: asked of Lerato three times). What they wish they had known
  // at their first job, which only they can say.
  else if (org && pathTold(profile) && firstJob(profile)) add(`What do you wish you'd known when you started as ${withArticle(firstJob(profile))}?`, -3, false, 'plain:path', 'plain-path');
  // Their family's business ("Čebelarstvo Kos", to Janez Kos): how they started in the work, never how they "ended up" there (s21 blind review).
  else add(org && !(family && job && !/\b(?:partner|director|manager|head|chief|owner|principal|associate|president|ceo)\b/i.test(job)) ? `How did you end up at ${org}?` : job ? `How did you get started as ${job}?` : /^someone in /.test(role) ? `How did you get started in ${role.replace(/^someone in /, '')}?` : 'How did you get started in your field?', -3, false, 'plain:path', 'plain-path');

  // Best first; one question per line of theirs and per frame, so two questions never read alike.
  const ranked = out.sort((a, b) => b.rank - a.rank);
  const picked: Candidate[] = [];
  for (const c of ranked) {
    if (picked.length >= MAX_QUESTIONS) break;
    // "What has that taught you about …?" goes with the question on the same line of theirs: "that" is that line.
    const pair = (p: Candidate) => p.frame === 'taught' || c.frame === 'taught';
    if (picked.some((p) => (p.source === c.source && !pair(p)) || fold(p.q) === fold(c.q) || (p.frame === c.frame && c.frame !== 'action'))) continue;
    // Never two questions on one move: "What helped most when you moved from X to Y?" and "What made you move from X to Y?" (s14).
    if (moveOf(c.q) && picked.some((p) => moveOf(p.q) === moveOf(c.q))) continue;
    // After "What would you tell a warehouse operative who wants to …?", no second question that says the whole goal again.
    if (f && picked.some((p) => p.frame === 'peer') && [f.inf, f.ger, goalCut(f.ger)].some((x) => x.length > 24 && c.q.includes(x))) continue;
    // Never the qualification their own question names already ("Do I need to pay the GWO myself…?" and "What helped most when
    // you were studying for your GWO?", r39).
    if (c.frame === 'qualification' && picked.some((p) => p.frame === 'sender-question' && (c.q.match(/\b\p{Lu}{2,}\b/gu) ?? []).some((w) => p.q.includes(w)))) continue;
    // A third question only when it bears on the sender too.
    if (picked.length >= 2 && c.rank < 12) break;
    picked.push(c);
  }
  // At least one question carries the goal when one can: the reason for writing (ARCHITECTURE.md §2).
  // Two questions on lines of theirs that both bear on the goal ("What is the hardest part of designing services that stay
  // fast?", "How did you get your load tests to run on every release?") carry it already: "What has that taught you about
  // making services reliable?" in place of the second read as vague (r37 shared review, Q = 3).
  // Not to a goal written for some people ("product plans that engineers trust"): there the question that says the goal is
  // what ties a line of theirs to it (r38 paired review, 0 to 2, for "How do you mentor junior engineers on writing design notes?").
  const forPeople = !!audienceOf(goalText);
  const bears = (c: Candidate) => !forPeople && c.rank >= 20 && (openers.find((o) => o.source === c.source)?.goalRelevance ?? 0) >= 3;
  if (f && !picked.slice(0, 2).some((c) => c.goal) && !(picked.length >= 2 && picked.slice(0, 2).every(bears))) {
    const withGoal = ranked.find((c) => c.goal && !picked.includes(c));
    // It takes the place of a question on how they got where they are, rather than making three.
    if (withGoal && picked.length >= 2 && /^plain/.test(picked[picked.length - 1]!.frame)) picked.pop();
    if (withGoal) picked.splice(1, 0, withGoal);
  }
  // Right after the question on the line it points back to, or first, where "that" is the line the opening named.
  // Not past two questions that both bear on the goal: it stays third, where a message short of room drops it.
  const t = picked.findIndex((c) => c.frame === 'taught');
  if (t >= 0 && !(t >= 2 && picked.slice(0, 2).every(bears))) {
    const [c] = picked.splice(t, 1);
    const k = picked.findIndex((p) => p.source === c!.source);
    picked.splice(k >= 0 ? k + 1 : 0, 0, c!);
  }
  // "What taught you that lesson?" comes first, right under the opening it points back to: after another question, "that" would be that question.
  const p = picked.findIndex((c) => c.frame === 'pointed');
  if (p > 0) picked.unshift(...picked.splice(p, 1));
  // "How would you apply that idea to …?" too: after "How did you get your load tests to run…?", "that idea" was the load tests
  // (r37). The sender's own question still comes first.
  // After a question on that same line, "that idea" is that line already.
  const idea = picked.findIndex((c) => c.frame === 'wrong' && /\bthat idea\b/.test(c.q));
  if (idea === 1 && p < 0 && picked[0]!.frame !== 'sender-question' && picked[0]!.source !== picked[1]!.source) picked.unshift(...picked.splice(1, 1));
  // "How did you end up at Caremap Health?" then "What are you working on there these days?": the organisation said once.
  const path = picked.findIndex((c) => c.frame === 'plain-path');
  const lately = picked.findIndex((c) => c.frame === 'plain');
  if (org && path >= 0 && path < lately && picked[path]!.q.includes(org)) picked[lately] = { ...picked[lately]!, q: picked[lately]!.q.replace(` at ${org} `, ' there ').replace(` at ${org}?`, ' there?') };
  return picked.slice(0, MAX_QUESTIONS).map((c) => c.q);
}


/**
 * Who the sender is heading to be, after "What would you tell a warehouse operative": said in full in who I am just above, so
 * a long goal is not said again ("…who wants to get a paid job as a community fundraising officer or fundraising assistant?"
 * read as the goal pasted twice, s20 review), but "in my position".
 */
// Never "a junior stylist who wants to open my own salon": theirs (r35, set 23).
const theirs = (inf: string) => inf.replace(/\b(?:my|our) own\b/g, 'their own');
const wants = (f: GoalForms) => (f.target && !f.entry ? ` who wants to move into ${f.target}` : textLength(theirs(f.inf)) <= 40 ? ` who wants to ${theirs(f.inf)}` : ' in my position');

/** Letters after a name or in a headline that are no qualification: places of work too ("studying for your ER", s13 unseen pages),
 * and standards a factory is certified to, not a person ("studying for your ZDHC", r34, set 21); fields ("your BIM", r37, set 26), and a workplace's systems and measures ("your WMS", r39, set 31). */
const NOT_CREDENTIAL = /^(?:CEO|CTO|CFO|COO|CMO|CPO|HR|IT|VP|UX|UI|QA|PM|PR|EU|UK|US|USA|UAE|AI|ML|API|SAP|AWS|GIS|CEE|EMEA|APAC|LATAM|NGO|SME|B2B|B2C|SAAS|MSC|MBA|PHD|BSC|MA|BA|NL|EN|FR|DE|ES|PT|PV|OT|SC|TV|VFX|LPM|SOC|ER|ED|ICU|NICU|PICU|EMS|HEMS|OR|SHE|HSE|EHS|QHSE|EASA|FAA|CAA|ICAO|DGCA|GCAA|ANAC|IATA|ASL|BSL|LSM|LSF|DGS|ISL|PJM|SLP|SLT|SLPA|ZDHC|GOTS|OCS|GRS|RCS|BSCI|SEDEX|SMETA|WRAP|HIGG|FEM|FSLM|LEED|ISO|HACCP|BRC|BRCGS|GMP|OEKO|FSC|PEFC|SA8000|BIM|CAD|MEP|IFC|CRE|DFW|OPA|ZBA|SRE|SWE|SDE|SDET|DBA|GCP|UPI|SQL|CI|CD|EM|SDK|OKR|KPI|WMS|ERP|CRM|EMR|EHR|POS|PMS|TMS|BPO|DC|TL|CX|CSAT|NPS|TAT)$/;

/**
 * The qualification after their name or in their headline that the sender's goal names, by its letters ("ACII") or by the body
 * that awards it, where their page shows they studied with it ("Society of Actuaries"); '' when none.
 */
export function qualification(profile: Profile, goalRaw: string): string {
  const named = (profile.fullName ?? '').split(',').slice(1).join(' ');
  // Whole words of capitals only: never "FP" of "FP&A".
  // Or an engineer's charter ("CPEng", r40, set 34).
  const letters = [...new Set(`${named} ${profile.headline ?? ''}`.match(/(?<![&\w])(?:[A-Z]{2,6}|[A-Z]{1,3}Eng[A-Z]{0,3})(?![&\w])/g) ?? [])].filter((c) => !NOT_CREDENTIAL.test(c));
  const byLetters = letters.find((c) => new RegExp(`(?<![&\\w])${c}(?![&\\w])`).test(goalRaw));
  if (byLetters) return byLetters;
  const studied = profile.education.some((e) => (e.school ?? '').replace(/^The\s+/i, '').length > 8 && goalRaw.toLowerCase().includes((e.school ?? '').replace(/^The\s+/i, '').toLowerCase()));
  const first = (named.match(/\b[A-Z]{2,6}\b/g) ?? []).find((c) => !NOT_CREDENTIAL.test(c));
  return studied && first ? first : '';
}

/** A title that names no field of work alone. */
const FIELDLESS = /^(?:an?\s+)?(?:researcher|consultant|analyst|engineer|manager|specialist|advis[eo]r|associate|freelancer?|director|developer|scientist)\.?$/i;
/** A line that says what their work is now: "These days my work is…", "I lead the inbound night shift…", "I run the front office…". */
const NOW_WORK = /^(?:(?:These days|Nowadays|Currently|Right now|At the moment|Today),?\s+(?:my (?:work|job|day|role)|I(?:'m| am)?\s+(?:work|lead|run|manage|spend|focus))|(?:My day is|I (?:lead|run|manage|head|oversee)\s+(?:the|a|an|our)\b))/i;

/** "your move from children's librarian to head of main library": from doing the work to running it. */
function stepUp(name: string): boolean {
  const m = /^your move from (.+) to (.+)$/.exec(name);
  return !!m && !RUNS.test(m[1] ?? '') && RUNS.test(m[2] ?? '');
}

const STOP = /^(?:that|which|who|and|or|to|into|with|for|of|the|a|an|in|on|at|by|from|is|are|was|were|so|but|I|we|our|my|your)$/i;
/** The question a line written to people like the sender offers to answer, or ''. */
export function offerQuestion(line: string): string {
  const between = /\b(?:decid(?:e|ing)|choos(?:e|ing)) between ((?:the |an? )?[\p{L}&' -]{2,40}?) and ((?:the |an? )?[\p{L}&' -]{2,40}?)(?=\s*[,.;:!?–—-]|\s+(?:DM|message|write|send|or)\b|$)/iu.exec(line);
  if (between) return `How would you choose between ${between[1]} and ${between[2]}?`;
  // "I'll tell you honestly what the job is like and what I would study first" (s24) → "What would you study first?"
  const first = /\b(?:I'll|I will|I can|happy to) (?:tell you|talk about|share)\b[^.]*?\bwhat I would (study|learn|read|do|take|try) first\b/iu.exec(line);
  if (first) return `What would you ${first[1]?.toLowerCase()} first?`;
  // "I'm happy to talk about what the work is really like and how to get clinical experience" (s23) → "What is your work really like?"
  const like = /\b(?:I'll|I will|I can|happy to) (?:tell you|talk about) (?:honestly )?what ((?:the )?[\p{L}, -]{3,60}?) (?:is|are) (?:really )?like\b/iu.exec(line);
  // "the work" is theirs.
  if (like) return `What ${/,|\band\b/.test(like[1] ?? '') ? 'are' : 'is'} ${like[1]?.replace(/^the work$/i, 'your work')} really like?`;
  // "I'll tell you honestly which courses were worth it and how I built a portfolio…" → "Which courses were worth it?" (s22).
  const which = /\b(?:I'll|I will|I can|happy to) tell you (?:honestly )?(which|what) ([\p{L} -]{3,50}?) (were|was|is|are) ([\p{L} -]{2,30}?)(?=\s+and\b|[.,;!?]|$)/iu.exec(line);
  if (which) return `${capFirst((which[1] ?? '').toLowerCase())} ${which[2]} ${which[3]} ${which[4]}?`;
  // "I'll tell you honestly how I got through the studying while working full time, and what I look for when we take on a
  // student" (s23) → "How did you get through the studying while working full time?"; "What do you look for when you take on a student?".
  const how = /\b(?:I'll|I will|I can|happy to) (?:also )?(?:tell you|talk about|share) (?:honestly )?how I (\p{L}+) ([\p{L}' -]{3,60}?)(?=,|\s+and\s+(?:what|how|why)\b|[.;!?]|$)/iu.exec(line);
  const verb = (how?.[1] ?? '').toLowerCase();
  const base = PAST[verb] ?? MORE_PAST[verb];
  if (how && base) return `How did you ${base} ${secondPerson(how[2] ?? '')}?`;
  // "…happy to talk through the postgraduate options and what interview panels actually ask" (s24) → "What do interview panels
  // actually ask?": what those people ask or look for is theirs to say.
  const ask = /\b(?:I'll|I will|I can|happy to) (?:tell you|talk (?:you )?(?:through|about)|share)\b[^.]*?\bwhat ((?:the )?[\p{L} -]{3,40}?) (actually |really )?(ask|want|look for|expect)\b/iu.exec(line);
  if (ask && !/^I\b/.test(ask[1] ?? '')) return `What do ${ask[1]} ${ask[2] ?? ''}${ask[3]}?`;
  const look = /\bwhat I look for ((?:when|in) [\p{L}' -]{3,60}?)(?=[,.;!?]|$)/iu.exec(line);
  return look ? `What do you look for ${secondPerson(look[1] ?? '')}?` : '';
}

/** Past tenses an offer tells its story in, beyond those a line of theirs does (clauses.ts `PAST`). */
const MORE_PAST: Readonly<Record<string, string>> = { got: 'get', learned: 'learn', learnt: 'learn', passed: 'pass', studied: 'study', managed: 'manage', saved: 'save', chose: 'choose', paid: 'pay', landed: 'land' };


/** Lines that tell how they made a move of their own: how they switched, what they got wrong at first, what they wish they'd been told. */
// "What helped me make the shift:" over a list tells it too (r38, set 29).
const TOLD = /\bhow I (?:switched|moved|got into|broke into|made the (?:move|switch))\b|\bwhat helped me (?:make|with) the (?:shift|move|switch|jump)\b|\bI got my first [\p{L} ]{1,30}?\b(?:role|job)\b[^.]{0,40}?\bby\b|\bwish(?:ed)? someone had told me\b|\bgot (?:most )?wrong at the start\b/iu;
// Read once a page: every try of a draft asks it again (compose ≤ 5 ms a draft).
const TOLD_ON = new WeakMap<Profile, boolean>();
function toldTheirMove(profile: Profile): boolean {
  return TOLD_ON.get(profile) ?? TOLD_ON.set(profile, theirWords(profile).texts.some((t) => TOLD.test(t))).get(profile)!;
}

/** Their path told on their page: two lines or more that start with a year, or a line on how they made their move. */
const pathTold = (profile: Profile) => toldTheirMove(profile) || theirWords(profile).sentences.filter((x) => /^(?:19|20)\d\d\s*[–—:-]/.test(x)).length >= 2;
/** The first job their page lists, as a person writes it ("front office cashier"). */
const firstJob = (profile: Profile) => asWritten(profile.experience.at(-1)?.title ?? '').replace(/\s+(?:at|in)\s+.*$/, '');

/** The words of their line around the one it shares with where the sender is heading ("vague product ideas into…" → "product ideas"). */
/** A question on the way into a field: the degree, course or portfolio it takes. */
const ROUTE_IN = /\b(?:master'?s|degree|portfolio|certificat\p{L}*|bootcamp|course|diploma|qualification)\b/iu;

export function sharedPhrase(quote: string, near: string): string {
  const want = terms(near).stems;
  const raw = quote.split(/\s+/);
  const words = raw.map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''));
  const i = words.findIndex((w) => !STOP.test(w) && [...terms(w).stems].some((st) => want.has(st)));
  if (i < 0) return '';
  const w = words[i] ?? '';
  // Never across a comma or a stop: "fatigue management, simulator training" has no "management simulator" (s20 unseen pages).
  const ends = (k: number) => /[,;:.!?)]$/.test(raw[k] ?? '');
  // After a plural the next word is its verb ("customers pay late"), no phrase (s20 unseen pages).
  const next = ends(i) || /[^s]s$/i.test(w) ? '' : words[i + 1] ?? '';
  const prev = i > 0 && ends(i - 1) ? '' : words[i - 1] ?? '';
  // Nor an adjective whose noun comes after it: "farming real life" has no "work on farming real" (r33, set 20).
  // Nor a verb in -ing that starts a clause of its own: "a vertical farm growing leafy greens" has no "farm growing".
  const adjective = /^(?:real|good|new|big|small|own|whole|full|local|high|low|best|first|last|next|other|same|true|hard|early|late|daily|everyday|\p{L}+ing)$/iu.test(next) && !ends(i + 1) && !!words[i + 2];
  // Lower case but for letters ("UX reviews", never "ux reviews": r40, set 34).
  const lower = (x: string) => x.replace(/\p{L}+/gu, (t) => (/^\p{Lu}{2,}$/u.test(t) ? t : t.toLowerCase()));
  if (next && !adjective && !STOP.test(next) && !/ly$/.test(next)) return lower(`${w} ${next}`);
  // Never a verb before it: "If you want to enter wind" is no work "on enter wind" (s14 unseen pages); nor a question word:
  // "problems where data, customers…" is no work "on where data" (r39, set 32).
  if (prev && !STOP.test(prev) && !/ly$/.test(prev) && !/^(?:enter|get|join|go|move|start|break|want|need|love|learn|try|about|into|over|across|through|around|without|post|write|talk|where|when|which|who|whose|what|how|why|whether)$/i.test(prev) && i - 1 > 0) return lower(`${prev} ${w}`);
  return '';
}

/**
 * The sender's goal seen from their role, when nothing on their page is on it: worded so anyone in that role can
 * answer it honestly, without a claim that they know the sender's field.
 */
function perspective(f: GoalForms, role: string, past = false, named = true): string {
  // The goal as the sender would say it of themselves, cut when long: "help me present forecasts to non-technical stakeholders".
  // Never by a title in another language: "your experience as a praxismanagerin" (r32, set 18).
  // Nor one they are still working towards: "your time as an aspiring full-stack developer" (r38, set 28) is no time in a job.
  const as = role && !/^someone /.test(role) && !foreignTitle(role) && !/\baspiring\b/i.test(role) ? role.replace(/ at .*$/, '') : '';
  // Of two aims ("finish my BPharm top-up and get promoted to branch manager"), the one their role bears on, asked of a
  // pharmacy manager; "…would help me finish a BPharm top-up?" asked a manager about a degree (s21 blind review).
  const aims = f.inf.split(/\s+and\s+(?=(?:get|become|move|land|find|start|be|go)\s)/);
  const mine = terms(as);
  const best = aims.length > 1 && as ? aims.reduce((a, b) => (relevance(mine, b) > relevance(mine, a) ? b : a)) : aims[0];
  const what = best !== aims[0] && best ? (textLength(best) <= 40 ? best : goalCut(best)) : textLength(f.ger) <= 60 ? f.inf : goalCut(f.inf);
  // What they have seen or would say from their seat, never "What should someone … know about a co-chair's work?",
  // which asks them to explain their own job and made no sense to blind reviewers when the role is far from the goal.
  // Never "As a researcher, what have you seen work for people running pricing experiments?": it assumes they have seen any (r8 review).
  // A role their page shows has ended (every job dated, none to the present): "your time as a sales director" (r15 review).
  // "What from your experience as a curator would help me …?": their own experience, not advice on a field they never
  // worked in, and no "know?" stranded after a long clause ("From where you sit as …, what should someone … know?" lost in
  // every r16 paired review that was not a tie). No role: "your experience", never "What from your time would help…",
  // which read as clipped (r16).
  // The sender asks for themselves: "would help me move into UX research", never "would help someone building onboarding…",
  // which read as the sender speaking of themselves in the third person (r18 review, F = 3 in 30 drafts).
  const me = f.target && !f.entry ? `move into ${f.target}` : what;
  // After "your first year as a pharmacy manager", the role is not said twice.
  return `What from your ${past && as ? 'time' : 'experience'}${as && named ? ` as ${as}` : ''} would help me ${me}?`;
}

/**
 * "How did you build a simple weekly report that leadership actually read?" after an opening that quoted that line:
 * "How did you build that weekly report?". '' when the object has no noun to point back to.
 */
export function pointBack(q: string): string {
  // "How do you turn vague product ideas into small, well-tested components?" → "How do you turn those ideas into components?"
  const into = /^(How (?:did|do) you (?:turn|translate|convert|transform)) (?:(?:an?|the|your|some)\s+)?([^,?]+?) into (?:an?\s+|the\s+)?([^?]+?)\?$/u.exec(q);
  if (into) {
    const head = (np: string, n = 1) => np.split(/\s+(?:that|which|who|with|for|to|on|in|from|by)\s/)[0]?.split(/\s+/).slice(-n).join(' ') ?? '';
    // Its last two words ("those product ideas"), as below: "those ideas" read as pointing at nothing (r15 review).
    const [a, b] = [head(into[2] ?? '', 2), head(into[3] ?? '')];
    return a && b ? `${into[1]} ${/s$/.test(a) && !/ss$/.test(a) ? 'those' : 'that'} ${a} into ${b}?` : '';
  }
  // With no article, a plural noun phrase and its relative clause still point back ("How do you build data products that
  // help…" → "…those data products?"); "junior engineers on testing strategy" keeps its topic.
  const m = /^(How (?:did|do) you \p{L}+) (?:an?|the|your|some)\s+(.+?)\?$/u.exec(q) ?? /^(How (?:did|do) you \p{L}+) ((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\s+(?:that|which|who)\s.+?)\?$/u.exec(q);
  if (!m) return '';
  // Two kinds of one team ("the legal and compliance team from 1 to 4"): "that team", never "that legal" (r36, set 25).
  const kinds = /^(?:[\p{L}-]+\s+and\s+[\p{L}-]+\s+)(team|department|function|unit|practice|programme|program)s?\b/u.exec(m[2] ?? '')?.[1];
  if (kinds) return `${m[1]} that ${kinds}?`;
  // The noun phrase up to a relative clause or a preposition; its last two words ("weekly report").
  const whole = (m[2] ?? '').split(/\s+(?:that|which|who|with|for|to|on|in|into|from|by|so|and)\s/)[0] ?? '';
  // A group of staff is named by its head, before "of": "a team of 6 paid staff" → "that team", never "that paid staff" (r33, set 19).
  const np = whole.replace(/^((?:[\p{L}-]+\s+){0,2}(?:team|group|pool|crew)s?)\s+of\s.*\b(?:staff|personnel)$/u, '$1').split(/\s+/);
  if (!np[0] || np.length > 5) return '';
  // Without a word that only rated it: "that WMS", never "that proper WMS" (r33, set 19).
  const head = np.slice(-2).join(' ').replace(/^(?:proper|new|simple|better|real|whole|entire|good|great|first|brand-new)\s+(?=\S)/i, '');
  return `${m[1]} ${/s$/.test(head) && !/ss$/.test(head) ? 'those' : 'that'} ${head}?`;
}

/** The move a question asks about ("from car mechanic>aircraft mechanic"), or ''. */
const moveOf = (q: string) => /\bmov(?:e|ed|ing) from (.+?) (?:to|into) ([^?]+)/.exec(q)?.slice(1).join('>') ?? '';

/** Whether two phrases share two words but for their endings ("new-graduate nurse onboarding" and "build onboarding that new nurses finish"). */
function sameThing(a: string, b: string): boolean {
  const mine = terms(b).stems;
  return [...terms(a).stems].filter((st) => mine.has(st)).length >= 2;
}

/** Their audience is the sender's kind ("junior engineers on testing strategy" and "Junior Backend Engineer"): two words of the role, or its rank and noun. */
function sameAudience(object: string, role: string): boolean {
  const who = object.split(/\s+(?:on|in|with|for|about|through)\s+/)[0] ?? '';
  const mine = terms(role).stems;
  const both = [...terms(who).stems].filter((st) => mine.has(st));
  return both.length >= 2 || both.some((st) => /^(?:analyst|student|teacher|nurs|market|design|research)/.test(st));
}

/** The line of theirs most on the sender's problem, as the goal question names it: "that post" when the opening quoted it. */
function anchorOf(openers: readonly Opener[], lead: Opener | undefined): string {
  const best = openers.filter((o) => o.quote && (o.goalRelevance ?? 0) >= ON_GOAL).sort((a, b) => (b.goalRelevance ?? 0) - (a.goalRelevance ?? 0))[0];
  if (!best) return '';
  // Not a line of their job description: a message short of room names their job instead, and "that idea" would point at nothing.
  if (lead?.kind !== 'experience' && (best === lead || (lead && (lead.goalRelevance ?? 0) >= ON_GOAL))) return `that ${NOUN[lead?.kind ?? 'post'] ?? 'post'}`;
  const noun = NOUN[best.kind] ?? 'post';
  return best.topic ? `your ${noun} on ${best.topic}` : '';
}

/**
 * The user's own questions, tidied: at most three, each a sentence that starts with a capital and
 * ends in a question mark. A first word with capitals of its own ("iOS", "eBPF") stays as typed.
 */
export function userQuestions(questions: readonly string[]): string[] {
  return questions
    .map((q) => safeInsert(q.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')))
    .filter((q) => /\p{L}/u.test(q))
    .slice(0, MAX_QUESTIONS)
    .map((q) => `${/^\p{Ll}+(?![\p{L}\p{N}])/u.test(q) ? capFirst(q) : q}?`);
}

/** The stems of everything their page says: what inTheirTerms asks in. Worked out once a page: every try of a draft asks again. */
const PAGE_STEMS = new WeakMap<Profile, ReadonlySet<string>>();
const pageStems = (profile: Profile): ReadonlySet<string> => PAGE_STEMS.get(profile) ?? PAGE_STEMS.set(profile, pageTerms(profile)).get(profile)!;
const pageTerms = (profile: Profile): ReadonlySet<string> =>
  terms([profile.headline, profile.about, ...profile.activity.map((a) => a.text), ...profile.experience.flatMap((e) => [e.title, e.company, e.description])].filter(Boolean).join('. ')).stems;
