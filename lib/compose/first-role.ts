import type { Profile } from '../linkedin/schema';
import { isOngoing } from './dates';
import { titleInEnglish } from './glossary';
import { terms } from './meaning';
import { asWritten } from './titles';
/**
 * A line on how they landed their first role in a field ("I got my first UX role by redoing one of my old agency studies as a
 * usability test…"), to a sender whose goal is a first role ("land my first product manager role"): they have stood where the
 * sender stands, which is why them, and how they did it is theirs to say (r17 review: Camila's line was "well chosen, then never
 * used", and the questions were "What from your experience as …?" and "How did you end up at Viajo?").
 */
const FIRST_ROLE = /\b(?:got|landed|found|won|earned|secured)\s+my\s+first\s+((?:[\p{L}-]+\s){1,3})(?:role|job|position)\b/iu;
/** "…got my first floor job as assistant sommelier": the job is what comes after "as" (s25 set 12, Valentina). */
const FIRST_AS = /\b(?:got|landed|found|won|earned|secured)\s+my\s+first\s+(?:[\p{L}-]+\s){0,2}(?:role|job|position)\s+as\s+(?:an?\s+)?((?:[\p{L}-]+\s?){1,3}?)(?=[.,;:!?]|\s+(?:at|in|with|for|and)\b|$)/iu;
/** A rank or grade, not the job ("assistant sommelier" is a sommelier's job). */
const RANK = /^(?:assistant|junior|senior|trainee|deputy|associate|head|chief|lead)$/i;
// "Full-time", "paid": what kind of job, not its field (s19 unseen senders: "a first full-time engineering role").
const GOAL_FIRST = /\b(?:land|get|find|start|secure)\s+(?:my|a|an|our)\s+first\s+(?:(?:full-time|part-time|paid|proper|real|permanent)\s+)?((?:[\p{L}-]+\s){0,3}[\p{L}-]+)\s+(?:job|role|position)\b/u;

/** The field of the first role the line says they landed ("UX"); '' when it says none. */
export function firstRoleIn(line: string): string {
  return (FIRST_AS.exec(line)?.[1] ?? FIRST_ROLE.exec(line)?.[1])?.trim() ?? '';
}

/**
 * The field of the job a goal is after, and whether it is a first one: "land my first full-time engineering job in battery
 * pack design" → first, "battery pack design"; "get a job in disease surveillance or outbreak analytics" → "disease
 * surveillance" (s19 unseen senders); null when the goal names no job in a field.
 */
export function jobIn(goalText: string): { first: boolean; field: string } | null {
  const m = /\b(?:get|land|find|start|secure)\s+(?:a|an|my)\s+(first\s+)?(?:[\p{L}-]+\s+){0,3}?(?:job|role|position)(?:\s+as\s+an?\s+[\p{L}-]+)?\s+in\s+(?!the\b|a\b|an\b|\d)((?:[\p{L}-]+\s?){1,4}?)(?=\s+(?:or|and|at|with|after|before|by|within|for)\b|[,.;]|$)/iu.exec(goalText);
  return m?.[2] ? { first: !!m[1], field: m[2].trim() } : null;
}

/** The role the sender wants first, as the goal says it ("product manager"); '' when the goal is no first role. */
export function firstRoleWanted(goalText: string): string {
  return GOAL_FIRST.exec(goalText)?.[1] ?? GOAL_FIRST_AS.exec(goalText)?.[1] ?? '';
}
/** "Get my first job as a medical receptionist or MOA at a clinic…": the job after "as", the first of a list (r39, set 31). */
const GOAL_FIRST_AS = /\b(?:land|get|find|start|secure)\s+(?:my|a|an)\s+first\s+(?:(?:full-time|part-time|paid|proper|real|permanent)\s+)?(?:job|role|position)\s+as\s+(?:an?\s+)?((?:[\p{L}-]+\s){0,2}[\p{L}-]+?)(?=\s+(?:or|and|at|in|with|for|after|before|by|within)\b|[,.;/]|$)/u;

/** Why them, said as what their line shows: "You landed your first UX role yourself, so I thought of you." */
export function firstRoleLink(line: string, goalText: string): string {
  const theirs = firstRoleIn(line);
  return theirs && firstRoleWanted(goalText) ? `You landed your first ${theirs} role yourself, so I thought of you.` : '';
}

/**
 * "Would the way you got your first UX role work for a first product manager role too?"; to someone moving into the field of
 * that first role (`target`: "UX research"), whether their way would still work today.
 */
export function firstRoleQuestion(line: string, goalText: string, target = ''): string {
  const theirs = firstRoleIn(line);
  const mine = firstRoleWanted(goalText);
  const within = (text: string) => !!text && theirs.split(/\s+/).filter((w) => !RANK.test(w)).every((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));
  if (theirs && !mine && within(target)) return `Would the way you got your first ${theirs} role still work for someone moving into ${target} today?`;
  // The job the sender's goal names ("…running a restaurant as GM", and their "got my first GM job at 27"): how they got there.
  if (theirs && !mine && within(goalText)) return `What helped most on your way to your first ${theirs} job?`;
  if (!theirs || !mine) return '';
  const same = theirs.toLowerCase() === mine.toLowerCase();
  return same ? `What would you do the same way if you were landing your first ${mine} role today?` : `Would the way you got your first ${theirs} role work for a first ${mine} role too?`;
}

/** "Finally got my cadetship on a product tanker in 2012": the place they won that people wait for. */
const GOT_IN = /\b(Finally\s+)?(?:got|landed|won|secured|found)\s+(?:my|a|an)\s+(cadetship|apprenticeship|internship|traineeship|placement|residency|fellowship|scholarship)\b/iu;

/**
 * How they got the place the sender is after, where their line tells they got it: "What finally got you your cadetship?", to a
 * deck officer graduate willing to go as a cadet again (r26, set 12: Jerome waited ten months for his; the draft asked "How did
 * you end up at Meridian Crest Ship Management?"). `same` says whether a word of the goal names that place ("cadet").
 */
export function gotInQuestion(line: string, same: (place: string) => boolean): string {
  const m = GOT_IN.exec(line);
  if (!m?.[2] || !same(m[2])) return '';
  return m[1] ? `What finally got you your ${m[2].toLowerCase()}?` : `How did you get your ${m[2].toLowerCase()}?`;
}

/** "…first job as a medical receptionist or MOA at a clinic…" → "medical receptionist or MOA": every job a first-job goal names. */
const WANTED_AS = /\bfirst\s+(?:[\p{L}-]+\s+){0,2}?(?:job|role|position)\s+as\s+(?:an?\s+)?(.{3,80}?)(?=\s+(?:at|in|with|for|after|before|by|within)\b|[,.;]|$)/iu;

/**
 * Where they started, when it is the job the sender wants first: the earliest job on their page that names it, by its words or
 * its kind ("Front Desk Coordinator" at a dental practice, to someone after a first job as a medical receptionist; "Medical
 * Office Assistant", to someone after one as an MOA). Not the job they hold now: what they wish they had known when they
 * started is theirs to tell (r39, set 31: the drafts asked "What made you move from front desk coordinator to attendance
 * secretary?"). '' when none.
 */
export function startedAsWanted(profile: Profile, goalText: string, spelled: (text: string) => string): string {
  const wanted = WANTED_AS.exec(goalText)?.[1] ?? firstRoleWanted(goalText);
  if (!wanted) return '';
  const want = terms(`${wanted}${spelled(wanted)}`);
  const past = profile.experience.filter((e) => !isOngoing(e.dates));
  for (const e of [...past].reverse()) {
    const t = terms(titleInEnglish(e.title ?? ''));
    const words = [...t.stems].filter((st) => want.stems.has(st)).length;
    const kind = [...t.families].some((fa) => want.families.has(fa) && SAME_JOB.has(fa));
    if ((words >= 2 && want.stems.size >= 2) || kind) return asWritten(titleInEnglish(e.title ?? '')).replace(/\s+(?:at|in)\s+.*$/, '');
  }
  return '';
}
/** Families whose words name one job by other names: a front desk coordinator is a receptionist. */
const SAME_JOB = new Set(['frontdesk']);
