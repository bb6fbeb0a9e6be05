import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { isOngoing } from './dates';
import { expertise, goal, missingSkill, softLower } from './people';
import { orgName, roleName } from './names';
import { capFirst, fold, safeInsert, withArticle } from './text';

/** The ask is about two or three specific questions (ASK.md §2.4); the coach flags more than three. */
export const MAX_QUESTIONS = 3;

/**
 * Two or three questions drawn from the user's goals, missing skills and the guidance they want
 * (ASK.md §1: every draft draws its purpose and questions from these), and from the person's own
 * path, so the questions are ones their profile can't answer (guide 001, "Step 4").
 */
export function writeQuestions(profile: Profile, me: Partial<Me> = {}): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (q && !out.some((o) => fold(o) === fold(q))) out.push(q);
  };
  const short = goal(me.shortTermGoal);
  if (short) add(shortQuestion(short));
  const skill = missingSkill(me);
  if (skill) add(`What helped you most when you were learning ${softLower(skill)}?`);
  add(careerMove(profile));
  const long = goal(me.longTermGoal);
  if (long) add(MINE.test(long.text) ? `Which experiences would best prepare me ${long.vp ? 'to' : 'for'} ${long.text}?` : `Which experiences best prepare someone ${long.vp ? 'to' : 'for'} ${long.text}?`);
  add(guidanceQuestion(profile, me));
  const { field, role } = expertise(profile);
  if (field) add(`What do you wish you had known when you started out in ${softLower(field)}?`);
  else if (role) add(`What do you wish you had known in your first year as ${withArticle(role)}?`);
  else add('What do you wish you had known when you started your career?');
  add('What would you focus on if you were at the start of your career today?');
  return out.slice(0, MAX_QUESTIONS);
}

/** The goal speaks of me ("improve my public speaking"): asked as "you", it would be their speaking. */
const MINE = /\b(?:my|me|myself|mine)\b|\bI\b/i;

/**
 * The short-term goal as a question (ASK.md §1). A goal about me is asked in my voice ("What would
 * you suggest I focus on first to improve my public speaking?"), never "…if you wanted to improve
 * my public speaking?", which hands them my goal.
 */
function shortQuestion(g: { vp: boolean; text: string }): string {
  if (MINE.test(g.text)) return g.vp ? `What would you suggest I focus on first to ${g.text}?` : `How would you suggest I approach ${g.text}?`;
  return g.vp ? `What would you focus on first if you wanted to ${g.text}?` : `How would you approach ${g.text} if you were starting today?`;
}

/** "What helped you most when you moved from Research Engineer to Tech Education Team Lead?" */
function careerMove(profile: Profile): string {
  const [now, before] = profile.experience;
  // Only a real move: the earlier role has ended and neither title contains the other
  // (public-2023-a: "Co-Founder" → "Co-Founder & CTO" is the same job; public-2026-a: all roles ongoing).
  if (!now || !before || !isOngoing(now.dates) || isOngoing(before.dates)) return '';
  const from = roleName(before.title, 40);
  const to = roleName(now.title, 40);
  if (!from || !to || fold(to).includes(fold(from)) || fold(from).includes(fold(to))) return '';
  return `What helped you most when you moved from ${from} to ${to}?`;
}

function guidanceQuestion(profile: Profile, me: Partial<Me>): string {
  // "Self-employed" is no organisation to ask about (names.ts); a long title is cut where it is whole.
  const company = orgName(profile.current?.company);
  const title = roleName(profile.current?.title, 40);
  for (const need of me.guidance ?? []) {
    if (need === 'organisation' && company) return `How do you get support for a new idea at ${company}?`;
    if (need === 'career' && company) return `How did you decide that ${company} was the right next step for you?`;
    if (need === 'technical' && title) return `Which habits or resources helped you most in your work as ${title}?`;
    if (need === 'encouragement') return 'What kept you going when your work was hardest early on?';
  }
  return '';
}

/**
 * The user's own questions, tidied: at most three, each a sentence that starts with a capital
 * ("- how did you move…" would read as a slip in a bullet) and ends in a question mark. A first
 * word with capitals of its own ("iOS", "eBPF") stays as typed.
 */
export function userQuestions(questions: readonly string[]): string[] {
  return questions
    .map((q) => safeInsert(q.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')))
    .filter((q) => /\p{L}/u.test(q))
    .slice(0, MAX_QUESTIONS)
    .map((q) => `${/^\p{Ll}+(?![\p{L}\p{N}])/u.test(q) ? capFirst(q) : q}?`);
}
