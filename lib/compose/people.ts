import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { softLower } from './goals';
import { headlineParts, isField, isRole, rolePart } from './headline';
import { orgName, roleName } from './names';
import { clipWords, fold, plainInsert, safeInsert, withArticle } from './text';

export { goal, missingSkill, purpose, softLower, startsWithVerb } from './goals';
export { firstSegment } from './headline';

/** The name to greet: the first name as the reader found it, else the full name as shown. We never guess
 * which part of a full name is the given one (public-2026-a: "Nguyễn Thị Lan" is greeted "Lan"). */
export function greetName(profile: Profile): string {
  return safeInsert(profile.firstName) || safeInsert(profile.fullName);
}

/** True when `a` and `b` overlap enough to read as the same words ("Head of Data" in "Head of Data at Finch"). */
const overlaps = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

/** "Role at Org", or the role alone when the organisation names none ("Self-employed"). */
function asRole(role: string, company: string | null | undefined): string {
  const org = orgName(company);
  return org ? `${role} at ${org}` : withArticle(role);
}

/**
 * "Why you" (ASK.md §2.3): a short phrase tied to the person's expertise, "your experience as …"
 * for a role, "your experience in …" for a field. `avoidRole` when the opening already named their
 * role (a role change, their title, their headline), and never the words the opening quoted (`said`),
 * so the draft doesn't say the same title twice.
 */
export function whyYou(profile: Profile, avoidRole = false, said = ''): string {
  const title = roleName(profile.current?.title);
  const fresh = (s: string) => !!s && !(said && overlaps(s, said));
  if (title && !avoidRole && fresh(title)) return `your experience as ${asRole(title, profile.current?.company)}`;
  const parts = headlineParts(profile.headline);
  const role = parts.find(isRole);
  if (role && !avoidRole && fresh(role)) {
    const [r, at] = role.split(/\s+at\s+/);
    return `your experience as ${asRole(roleName(rolePart(r ?? '')), at)}`;
  }
  const field = parts.find(isField);
  if (field && fresh(field)) return `your experience in ${softLower(clipWords(field, 70))}`;
  const skill = clipWords(plainInsert(profile.skills[0]), 50);
  if (fresh(skill)) return `your experience in ${skill}`;
  const earlier = profile.experience.find((e, i) => i > 0 && roleName(e.title) && roleName(e.title) !== title);
  if (!avoidRole || !earlier) return '';
  const at = orgName(earlier.company);
  return `your earlier work as ${roleName(earlier.title)}${at ? ` at ${at}` : ''}`;
}

/**
 * The person's field ("Growth Strategy", from skills or a headline part that names no role) and
 * their role ("Researcher", from the current title or a headline part that reads as one), for the questions.
 */
export function expertise(profile: Profile): { field: string; role: string } {
  const parts = headlineParts(profile.headline);
  const field = clipWords(plainInsert(profile.skills[0]) || (parts.find(isField) ?? ''), 60);
  const headRole = parts.find(isRole);
  const role = roleName(profile.current?.title, 40) || (headRole ? roleName(rolePart(headRole), 40) : '');
  return { field, role };
}

/** Who I am in a clause: "I'm Ada, a backend engineer at Finch" (short: no organisation, no "what I do"). */
export function identity(me: Partial<Me>, short = false): string {
  const name = clipWords(plainInsert(me.name), 60);
  const role = clipWords(plainInsert(me.role), 60);
  const org = short ? '' : clipWords(plainInsert(me.organisation), 50);
  const does = short ? '' : doing(me.whatIDo);
  if (name && role) return `I'm ${name}, ${withArticle(role)}${org ? ` at ${org}` : ''}`;
  if (name && does) return `I'm ${name}, and I ${does}`;
  if (name && org) return `I'm ${name} from ${org}`;
  if (name) return `I'm ${name}`;
  if (role) return `I'm ${withArticle(role)}${org ? ` at ${org}` : ''}`;
  if (does) return `I ${does}`;
  if (org) return `I work at ${org}`;
  return '';
}

function doing(whatIDo: string | undefined): string {
  const w = clipWords(plainInsert(whatIDo), 80);
  if (!w) return '';
  const stripped = w.replace(/^I\s+/i, '');
  return stripped !== w ? stripped : `work on ${softLower(w)}`;
}
