import type { Profile } from '../linkedin/schema';
import { asWritten, headlineRoles, withRoleArticle } from './titles';
import { gerund } from './clauses';
import { capFirst, withoutMine } from './text';

/**
 * The people a goal is for, when the goal names them ("write product plans that engineers trust": plans, engineers,
 * trust). Someone who is one of those people can say what would win them over, from their own side: the one question
 * a stranger outside the sender's field can answer better than anyone in it (ARCHITECTURE.md §2: questions only this
 * person can answer, joining the goal to who they are).
 */
export interface Audience {
  /** "product plans", "a design system". */
  thing: string;
  /** "engineers". */
  people: string;
  /** "trust", "adopt". */
  verb: string;
}

/** Kinds of people a goal may be for, and the job titles that make someone one of them. */
const CODES = /\b(?:engineer|developer|dev|programmer)\b/i;
const AMONG: Readonly<Record<string, RegExp>> = {
  engineers: CODES,
  developers: CODES,
  designers: /\bdesigner\b/i,
  analysts: /\banalyst\b/i,
  recruiters: /\b(?:recruiter|talent acquisition)\b/i,
  teachers: /\b(?:teacher|lecturer|educator)\b/i,
};

/** "build a design system that our engineers actually adopt" → a design system, engineers, adopt; null when it names no one. */
export function audienceOf(goalText: string): Audience | null {
  const m = /^\p{L}+\s+(.+?)\s+that\s+(?:our\s+|my\s+|the\s+)?(\p{L}+)\s+(?:actually\s+|really\s+|will\s+|can\s+|would\s+)?(\p{L}+)$/u.exec(goalText.trim().replace(/[.!]$/, ''));
  if (!m || !AMONG[(m[2] ?? '').toLowerCase()] || /(?:ed|ing|s)$/.test(m[3] ?? '')) return null;
  return { thing: withoutMine(m[1] ?? ''), people: (m[2] ?? '').toLowerCase(), verb: (m[3] ?? '').toLowerCase() };
}

/** Their role that makes them one of those people ("Frontend Dev" → "a frontend developer"); '' when none does. */
export function roleAmong(profile: Profile, people: string): string {
  const like = AMONG[people];
  if (!like) return '';
  const titles = [profile.current?.title, ...profile.experience.filter((e) => /present/i.test(e.dates ?? '')).map((e) => e.title)].map((t) => asWritten(t));
  const parts = [...titles.flatMap((t) => t.split(/\s+and\s+/)), ...headlineRoles(profile.headline).roles.flatMap((r) => r.split(/\s+and\s+/))];
  const found = parts.find((p) => like.test(p) && /^\S+(?:\s\S+){0,2}$/.test(p));
  return found ? withRoleArticle(found.replace(/\bdev\b/i, 'developer')) : '';
}

/** What would win them over, asked of one of the people the goal is for ("As a software engineer, what would make you trust product plans?"); '' when they are not. */
export function audienceQuestion(profile: Profile, goalText: string): string {
  const a = audienceOf(goalText);
  const among = a ? roleAmong(profile, a.people) : '';
  return a && among ? `As ${among}, what would make you ${a.verb} ${a.thing}?` : '';
}

/**
 * Why this person, when they are one of the people the goal is for: "Engineers like you are who I'm writing them for."
 * True of them from their title alone, and the reason the sender writes (no poor-fit warning).
 */
export function audienceTie(profile: Profile, goalText: string): { link: string; linkShort: string } | null {
  const a = audienceOf(goalText);
  const among = a ? roleAmong(profile, a.people) : '';
  if (!a || !among) return null;
  const verb = /^(\p{L}+)/u.exec(goalText.trim())?.[1] ?? '';
  const ing = gerund(verb);
  const it = /[^s]s$/.test(a.thing) ? 'them' : 'it';
  // Not "As a software engineer, …" here: the question says that ("As a software engineer, what would make you …?").
  // Nothing after it: "…, so I thought of you" says the reason twice (r15 paired review, 0 to 3).
  const said = `${capFirst(a.people)} like you are who I'm ${ing} ${it} for.`;
  return { link: said, linkShort: said };
}
