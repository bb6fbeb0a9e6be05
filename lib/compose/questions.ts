import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { careerTarget, worksIn } from './aims';
export { sameField } from './aims';
import { DOING, gerund, mainClause, PAST, withoutLeadIn } from './clauses';
export { gerund } from './clauses';
import { goal, softLower } from './goals';
import { goalCut, withoutAdverbs } from './ask';
import { textLength } from './limits';
import { relevance, terms } from './meaning';
import { findOpeners, type Opener } from './openers';
import { orgName } from './names';
import { asWritten, headlineRoles, withRoleArticle } from './titles';
import { capFirst, fold, safeInsert } from './text';

/** The ask is about two or three specific questions (ASK.md §2.4); the coach flags more than three. */
export const MAX_QUESTIONS = 3;

const ENJOY = /^(?:enjoy|love|like)$/i;
/** Verbs of passing knowledge on: someone who does these can say what newcomers lack. */
const GUIDE = /^(?:mentor|coach|teach|train|review|hire|interview|onboard|pair)$/i;

/** "our" → "your", "we" → "you": their sentence asked back to them. */
function second(rest: string): string {
  return rest.replace(/\b(?:our|my)\b/gi, 'your').replace(/\b(?:us|me)\b/gi, 'you').replace(/\bwe\b/gi, 'you').replace(/\bI\b/g, 'you').replace(/\bourselves\b/gi, 'yourselves');
}

/** A question about something they did, in their own words ("I mentor junior engineers on testing" → "How do you mentor junior engineers on testing?"). */
export function askAbout(sentence: string): string {
  const s = withoutLeadIn(sentence).replace(/[.!]$/, '');
  const m = /^(I|We)\s+(\p{L}+)\s+(.+)$/u.exec(s);
  if (!m) return '';
  const [, who, verb = ''] = m;
  const rest = (m[3] ?? '').split(/[:;]\s|\s+and\s+(?:on|in|with|for)\s/)[0] ?? '';
  if (/,/.test(rest) && textLength(rest) > 90) return '';
  let q = '';
  if (who === 'I' && DOING.test(verb)) q = `How do you ${verb.toLowerCase()} ${second(rest)}?`;
  else if (who === 'I' && ENJOY.test(verb) && /^\p{L}+ing\b/u.test(rest)) q = `How do you go about ${second(rest)}?`;
  else if (PAST[verb.toLowerCase()] && !/^(?:served|supported|graduated|completed|competed)$/i.test(verb)) q = `How did you ${PAST[verb.toLowerCase()]} ${second(rest.replace(/\s+and\s+(?:then\s+|finally\s+)?(?:\p{L}+ed|got|cut|made|built|took|ran)\b.*$/u, ''))}?`;
  return q && textLength(q) <= 130 && !/\b(?:I|me|my)\b/.test(q) ? q : '';
}

/** A claim of theirs ("Clear interfaces between teams matter more than…"), asked back: what taught them. */
function askWhy(sentence: string): string {
  const s = withoutLeadIn(sentence).replace(/[.!]$/, '');
  if (/^(?:It|This|That|There|Every|Most|Today|Once|Lately)\b/.test(s) || /\b(?:I|me|my|we|our|us)\b/i.test(s) || /[,;:]/.test(s) || textLength(s) > 95) return '';
  if ((s.match(/\p{L}+/gu) ?? []).length < 5) return '';
  // A lesson in the present tense ("… matter more than …", "… is cheaper than …"), not a report of what happened.
  if (!/\b(?:is|are|matter|matters|beat|beats|ship|ships|work|works|need|needs|save|saves|give|gives|take|takes|depend|depends|travel|travels|stay|stays|start|starts)\b/.test(s) || /\b(?:was|were|has been|have been|had)\b/.test(s)) return '';
  return `What taught you that ${softLower(s, false)}?`;
}

/** "I mentor junior engineers on testing strategy and on…" → { verb: 'mentor', object: 'junior engineers on testing strategy' }. */
function guiding(sentence: string): { verb: string; object: string } | null {
  const m = /^I\s+(\p{L}+)\s+(.+?)[.!]?$/u.exec(withoutLeadIn(sentence));
  if (!m || !GUIDE.test(m[1] ?? '')) return null;
  const object = (m[2] ?? '').split(/,\s|\s+and\s+(?:on|in|with|for)\s|;\s/)[0] ?? '';
  const words = object.split(/\s+/).length;
  return words >= 2 && words <= 7 ? { verb: (m[1] ?? '').toLowerCase(), object: second(object) } : null;
}

/** A title's topic ("Python Threads: Myth or Reality?" → "Python Threads"); '' when it has none. */
const titleTopic = (t: string) => (/:\s/.test(t) ? (t.split(/:\s/)[0] ?? '') : '');

interface Candidate { q: string; rank: number; goal: boolean; source: string; frame: string }

/**
 * Two or three questions only this person can answer well (ASK.md §2.4): each comes from something
 * of theirs (a line, a title, a real career move, their role when the page shows nothing more) and
 * the best join it to the sender's goal. None assumes what the page doesn't show: "what do newcomers
 * lack" only to someone who writes that they mentor or hire; "your move" only for a change of field.
 */
export function writeQuestions(profile: Profile, me: Partial<Me> = {}, openers: readonly Opener[] = findOpeners(profile, me)): string[] {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  const few = g ? goalCut(withoutAdverbs(g.text)) : '';
  const aim = g ? (g.vp ? gerund(few) : few) : '';
  const target = g ? careerTarget(g.text) : '';
  const goalTerms = terms(g?.text ?? '');
  // They work where the sender is heading ("software engineering" and a backend engineer): only then can they say what newcomers lack.
  const inTarget = worksIn(profile, target);
  const out: Candidate[] = [];
  const add = (q: string, rank: number, goalTied: boolean, source: string, frame: string) => {
    if (q && textLength(q) <= 150) out.push({ q, rank, goal: goalTied, source, frame });
  };

  const seen = new Set<string>();
  openers.forEach((o, i) => {
    const lead = i === 0 ? 6 : 0; // The line the opening names gets a question first: opening, reason and questions connect.
    if (o.kind === 'move' && target) add(`What helped most when you ${o.name.replace(/^your move /, 'moved ')}?`, 30 + lead, true, o.source, 'move');
    if (!o.quote || o.kind === 'headline' || seen.has(o.source)) return;
    seen.add(o.source);
    const gr = o.goalRelevance ?? relevance(goalTerms, o.source);
    const isTitle = o.quote === o.detail && !/[.!]$/.test(o.source.split('\n')[0] ?? '') && o.source.split('\n')[0]?.trim().replace(/\.$/, '') === o.quote;
    if (isTitle && !askAbout(o.quote)) {
      const topic = titleTopic(o.quote);
      if (/\?$/.test(o.quote)) add(`What is your short answer to "${o.quote}"`, 14 + lead + gr, false, o.source, 'title');
      else add(`What led you to write "${o.quote}"?`, 10 + lead + gr, false, o.source, 'title');
      if (topic && aim && gr >= 2) add(`How would you apply what you know about ${softLower(topic, false)} to ${aim}?`, 20 + lead + gr * 2, true, o.source, 'apply');
      return;
    }
    const sentence = withoutLeadIn(o.source);
    const guide = guiding(sentence);
    if (guide && inTarget) add(`When you ${guide.verb} ${guide.object}, what do people new to ${target} most often lack?`, 40 + lead, true, o.source, 'guide');
    // Someone in the field the sender is moving into: is this practice of theirs something a newcomer should bring, or learn there?
    if (inTarget && o.topic && !guide && textLength(o.topic) <= 45) add(`Should someone new to ${target} know about ${o.topic} already, or learn it on the job?`, 24 + lead + o.relevance, true, o.source, 'newcomer');
    const action = askAbout(o.source);
    if (action) add(action, 12 + lead + gr * 2 + o.relevance, false, o.source, 'action');
    const why = askWhy(o.source);
    if (why) add(why, 8 + lead + gr * 2 + o.relevance, false, o.source, 'why');
    if (aim && gr >= 2 && !target) {
      const clause = mainClause(sentence) || sentence;
      if (o.topic) add(`How would you apply your point about ${o.topic} to ${aim}?`, 18 + lead + gr * 3, true, o.source, 'apply');
      // The line the opening quotes in full: "that line" is enough here.
      // "Every outage taught us something about…": what it taught them, asked for the sender's goal.
      else if (i === 0 && /^Every \p{L}+ taught (?:us|me)\b/u.test(sentence)) add(`What did ${sentence.split(' ')[1]}s teach you that would help with ${aim}?`, 16 + lead + gr * 3, true, o.source, 'apply');
      // A long line the opening quotes in full: named here by its first words ("Background workers, queues and…").
      else if (i === 0 && /^[\p{L} ]{6,30},/u.test(sentence) && !/^(?:I|We|In|At|On|For|When|If)\b/.test(sentence)) add(`How would you apply your point about ${softLower(sentence.split(',')[0] ?? '', false)} to ${aim}?`, 16 + lead + gr * 3, true, o.source, 'apply');
      else if (textLength(clause) <= 80) add(`How would you apply "${clause.replace(/[.!]$/, '')}" to ${aim}?`, 16 + lead + gr * 3, true, o.source, 'apply');
    }
  });

  // A page that shows only their role: ask about it plainly, and whether it touches the goal (assume nothing).
  const current = profile.experience.find((e) => /present/i.test(e.dates ?? '')) ?? null;
  const role = asWritten(profile.current?.title ?? current?.title) || headlineRoles(profile.headline).roles[0] || '';
  const org = orgName(profile.current?.company ?? current?.company);
  const field = headlineRoles(profile.headline).fields[0] ?? '';
  if (out.length < 2 && (role || field)) {
    const what = role ? `your work as ${withRoleArticle(role.split(' and ')[0] ?? role)}${org ? ` at ${org}` : ''}` : `your work in ${field}`;
    add(`What does ${what} involve day to day?`, 4, false, `${what}:role`, 'role');
    if (aim) add(`Does ${what.replace(/ at .*$/, '')} touch ${target || aim}, and if so, what has worked for you?`, 5, true, `${what}:touch`, 'touch');
  }

  // A page with nothing of theirs to ask about: plain questions that assume nothing (rare; the popup invites the user's own).
  add('What are you focused on in your work these days?', -2, false, 'plain:now', 'plain');
  add('What led you to the work you do now?', -3, false, 'plain:path', 'plain-path');
  if (aim) add(`What would you suggest to someone ${aim}?`, -1, true, 'plain:goal', 'plain-goal');

  // Best first; one question per line of theirs and per frame, so two questions never read alike.
  const ranked = out.sort((a, b) => b.rank - a.rank);
  const picked: Candidate[] = [];
  for (const c of ranked) {
    if (picked.length >= MAX_QUESTIONS) break;
    if (picked.some((p) => p.source === c.source || fold(p.q) === fold(c.q) || (p.frame === c.frame && c.frame !== 'action'))) continue;
    picked.push(c);
  }
  // At least one question carries the goal when one can: the reason for writing (ASK.md §2.4).
  if (aim && !picked.slice(0, 2).some((c) => c.goal)) {
    const withGoal = ranked.find((c) => c.goal && !picked.includes(c) && (c.frame !== 'plain-goal' || picked.length < 2));
    if (withGoal) picked.splice(1, 0, withGoal);
  }
  return picked.slice(0, MAX_QUESTIONS).map((c) => c.q);
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
