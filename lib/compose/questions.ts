import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { DOING, gerund, PAST, withoutLeadIn } from './clauses';
export { gerund } from './clauses';
import { goal } from './goals';
import { goalCut, withoutAdverbs } from './ask';
import { textLength } from './limits';
import { CAREER_GOAL, findOpeners, type Opener } from './openers';
import { asWritten, headlineRoles, withRoleArticle } from './titles';
import { capFirst, fold, safeInsert } from './text';
import { orgName } from './names';

/** The ask is about two or three specific questions (ASK.md §2.4); the coach flags more than three. */
export const MAX_QUESTIONS = 3;

const ENJOY = /^(?:enjoy|love|like)$/i;

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
  const rest = (m[3] ?? '').split(/[:;]\s/)[0] ?? '';
  if (/,/.test(rest) && textLength(rest) > 90) return '';
  let q = '';
  if (who === 'I' && DOING.test(verb)) q = `How do you ${verb.toLowerCase()} ${second(rest)}?`;
  else if (who === 'I' && ENJOY.test(verb) && /^\p{L}+ing\b/u.test(rest)) q = `How do you go about ${second(rest)}?`;
  else if (PAST[verb.toLowerCase()]) q = `How did you ${PAST[verb.toLowerCase()]} ${second(rest.replace(/\s+and\s+(?:then\s+|finally\s+)?(?:\p{L}+ed|got|cut|made|built|took|ran)\b.*$/u, ''))}?`;
  return q && textLength(q) <= 130 && !/\b(?:I|me|my)\b/.test(q) ? q : '';
}

/** Where a career-change goal leads: "change careers into software engineering" → "software engineering". */
function target(goalText: string): string {
  const m = /\b(?:into|to|towards?)\s+(?:a\s+|an\s+)?(?:career\s+in\s+|role\s+in\s+)?([\p{L}\s-]{3,40}?)(?:\s+(?:role|roles|career|position))?$/u.exec(goalText);
  return m?.[1]?.trim() ?? '';
}
const CAREER_MOVE = CAREER_GOAL;

interface Candidate { q: string; rank: number; goal: boolean }

/**
 * Two or three questions only this person can answer well (ASK.md §2.4): each joins the sender's goal
 * to something this person has done or written, and none assumes what the profile doesn't show
 * (no "when you were learning X" to someone who never said they learned it).
 */
export function writeQuestions(profile: Profile, me: Partial<Me> = {}, openers: readonly Opener[] = findOpeners(profile, me)): string[] {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  // The who-I-am sentence carries the whole goal; the questions name it in a few words.
  const few = g ? goalCut(withoutAdverbs(g.text)) : '';
  const aim = g ? (g.vp ? gerund(few) : few) : '';
  const to = g ? (g.vp ? `to ${few}` : `towards ${few}`) : '';
  const out: Candidate[] = [];
  const current = profile.experience.find((e) => /present/i.test(e.dates ?? '')) ?? null;
  const role = asWritten(profile.current?.title ?? current?.title) || headlineRoles(profile.headline).roles[0] || '';
  const org = orgName(profile.current?.company ?? current?.company);
  const mine = asWritten(me.role);

  const used = new Set<string>();
  openers.forEach((o, i) => {
    if (o.quote && o.kind !== 'headline') {
      // A question about another line of theirs reads better than one about the line the opening quotes.
      // One question per line of theirs; one that bears on the goal first.
      if (used.has(o.source)) return;
      used.add(o.source);
      const q = askAbout(o.source);
      if (q) out.push({ q, rank: 22 + (o.goalRelevance ?? 0) * 4 + o.relevance - (i === 0 ? 4 : 0), goal: false });
      else if (o.topic && aim && (o.goalRelevance ?? 0) >= 2 && !CAREER_MOVE.test(g?.text ?? '')) out.push({ q: `How would you apply your point about ${o.topic} to ${aim}?`, rank: 26 + o.relevance * 3, goal: true });
    }
    if (o.kind === 'move') {
      const careerGoal = g && CAREER_MOVE.test(g.text);
      out.push({ q: `What helped you most when you ${o.name.replace(/^your move /, 'moved ')}?`, rank: (careerGoal ? 27 : 12) + o.relevance * 2, goal: false });
    }
  });
  if (g && CAREER_MOVE.test(g.text)) {
    const where = target(g.text);
    const who = mine ? `${withRoleArticle(mine)} moving into ${where || 'your field'}` : `someone moving into ${where || 'your field'}`;
    const judge = org ? `a team like yours at ${org}` : role ? `you as ${withRoleArticle(role)}` : '';
    if (judge) out.push({ q: `What would make ${who} convincing to ${judge}?`, rank: 45, goal: true });
  }
  // Their role in its first part ("scrum master and software engineer" → "scrum master"): the question stays short.
  const short = role.split(' and ')[0] ?? role;
  const changing = !!g && CAREER_MOVE.test(g.text);
  if (aim && role) out.push({ q: changing ? `As ${withRoleArticle(short)}, what should someone making this change focus on first?` : g?.vp ? `As ${withRoleArticle(short)}, what would you focus on first ${to}?` : `As ${withRoleArticle(short)}, how would you approach ${few}?`, rank: 14, goal: true });
  const field = headlineRoles(profile.headline).fields[0];
  if (aim && field) out.push({ q: changing ? `From your work in ${field}, what should someone making this change focus on first?` : `From your work in ${field}, what would you focus on first ${to}?`, rank: 9, goal: true });
  if (role) out.push({ q: `What does a typical week look like in your work as ${withRoleArticle(role)}?`, rank: aim ? 2 : 8, goal: false });
  if (aim && !role && !field) out.push({ q: `What would you focus on first ${to}?`, rank: 1, goal: true });
  out.push({ q: 'What do you wish you had known earlier in your career?', rank: 0, goal: false });
  out.push({ q: 'What would you focus on if you were starting out today?', rank: -1, goal: false });

  const seen = new Set<string>();
  const ranked = out.sort((a, b) => b.rank - a.rank).filter((c) => {
    const k = fold(c.q);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const picked = ranked.slice(0, MAX_QUESTIONS);
  // At least one question carries the goal when there is one: the reason for writing (ASK.md §2.4).
  if (aim && !picked.slice(0, 2).some((c) => c.goal)) {
    const withGoal = ranked.find((c) => c.goal);
    if (withGoal) picked.splice(1, 0, withGoal);
  }
  return [...new Set(picked.map((c) => c.q))].slice(0, MAX_QUESTIONS);
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
