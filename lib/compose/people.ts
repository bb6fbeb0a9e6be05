import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { withoutHonorific } from '../linkedin/names';
import { isVerbForm, softLower, startsWithVerb } from './goals';
import { headlineParts, isField, isRole, rolePart } from './headline';
import { atOrg, orgName, roleName } from './names';
import { clipWords, fold, plainInsert, safeInsert, withArticle } from './text';

export { goal, missingSkill, purpose, softLower, startsWithVerb } from './goals';
export { firstSegment } from './headline';

/** The name to greet: the first name as the reader found it, else the full name as shown. We never guess
 * which part of a full name is the given one (public-2026-a: "Nguyễn Thị Lan" is greeted "Lan"). */
export function greetName(profile: Profile): string {
  return safeInsert(withoutHonorific(profile.firstName ?? '')) || safeInsert(profile.fullName);
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
  return org ? `${role}${atOrg(org)}` : withArticle(role);
}

/**
 * "Why you" (ARCHITECTURE.md §2): a short phrase tied to the person's expertise, "your experience as …"
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
  // Nor a title they hold a rank above now ("staff nurse", to a senior staff nurse: r32a paired review).
  const earlier = profile.experience.find((e, i) => i > 0 && roleName(e.title) && !fold(title).includes(fold(roleName(e.title))));
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

/**
 * Who I am in a clause (ARCHITECTURE.md §2): "I'm Ada, a backend engineer at Finch" (short: no organisation,
 * no clause). Without a role, a "what I do" that names one takes its place ("I'm Sam, a final-year CS
 * student"); one that says what I do follows with ", and" ("I'm Ada, and I build payment systems").
 */
export function identity(me: Partial<Me>, short = false): string {
  const name = clipWords(plainInsert(me.name), 60);
  const typed = doing(me.whatIDo);
  // Short (a note, ARCHITECTURE.md §3): a role-like "what I do" stays, cut like a title ("a student at KTH" → "a student").
  const does = short ? { role: typed?.role ? rolePart(typed.role) : undefined } : typed;
  const role = clipWords(plainInsert(me.role), 60) || (does?.role ?? '');
  // "Self-employed" names no organisation: "a UX Designer at Self-employed" is no sentence (names.ts).
  const org = short ? '' : orgName(me.organisation, 50);
  const who = role ? `${withArticle(role)}${org && !/\sat\s/i.test(role) ? atOrg(org) : ''}` : '';
  if (name && who) return `I'm ${name}, ${who}`;
  if (name && does?.clause) return `I'm ${name}, and ${does.clause}`;
  if (name && org) return `I'm ${name} from ${org}`;
  if (name) return `I'm ${name}`;
  if (who) return `I'm ${who}`;
  if (does?.clause) return does.clause;
  if (org) return `I work at ${org}`;
  return '';
}

/**
 * A role typed as one bare word takes its fuller form from "what I do": "Graduate" with "bsc accounting graduate" is "an
 * accounting graduate" (s16 blind review: Aisha was "a graduate" in all 8 of her drafts, with no field).
 */
/** Roles people type as their letters, whole (only where the letters are the whole role); openers.ts spells a goal's out with them. */
export const ROLE_LETTERS: Readonly<Record<string, string>> = {
  pc: 'police constable', dc: 'detective constable', rn: 'registered nurse', hca: 'healthcare assistant', csr: 'customer service representative',
  moa: 'medical office assistant', tl: 'team leader', sdr: 'sales development representative', bdr: 'business development representative', cna: 'certified nursing assistant', lpn: 'licensed practical nurse',
};

const STUDENT = /^Estudiante?\s+de\s+(Maestr[ií]a|Mestrado|M[aá]ster|Doctorado|Doutorado|Licenciatura|Grado|Gradua[cç][aã]o)(?:\s+(?:en|em)\s+(\p{L}+))?$/iu;
/** Fields of study typed in Spanish or Portuguese, in English. */
const FIELDS: Readonly<Record<string, string>> = {
  biotecnologia: 'biotechnology', biologia: 'biology', quimica: 'chemistry', fisica: 'physics', matematicas: 'mathematics', matematica: 'mathematics',
  medicina: 'medicine', farmacia: 'pharmacy', psicologia: 'psychology', economia: 'economics', derecho: 'law', direito: 'law', ingenieria: 'engineering',
  engenharia: 'engineering', administracion: 'business', administracao: 'business', enfermeria: 'nursing', enfermagem: 'nursing', microbiologia: 'microbiology',
};

export function fullerRole<M extends Partial<Me>>(me: M): M {
  const role = (me.role ?? '').trim();
  // Where they are, typed as a role: "Returning to work" is a career returner ("I'm Bronwyn, a returning to work at Volunteer",
  // r33, set 19), whose "Volunteer - Island Bay Community Pantry" is unpaid, never their employer.
  if (/^(?:returning to (?:work|the workplace|employment)|return(?:ing)? to work|career returner)$/i.test(role)) {
    return { ...me, role: 'career returner', organisation: /^volunteer/i.test(me.organisation ?? '') ? '' : me.organisation };
  }
  // A unit named after a colon is the unit they head: "Head of Clinical Unit: Maxillofacial and Oral Surgery" → "Head of the
  // Maxillofacial and Oral Surgery Unit", never "head of clinical Unit: maxillofacial…" (r32, set 18 blind review) nor, cut at
  // the colon, "head of clinical unit". Any other colon reads as a dash.
  const unit = /^(Head|Director|Chief|Lead|Manager|Chair)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(Unit|Department|Division|Service|Section|Team|Clinic|Ward)\s*[:–—,-]\s*(.{3,60})$/iu.exec(role);
  if (unit) return { ...me, role: `${unit[1]} of the ${unit[3]} ${unit[2]}` };
  if (/\p{L}\s*:\s+\p{L}/u.test(role)) return { ...me, role: role.replace(/\s*:\s+/, ' – ') };
  // A role typed as its letters, said whole: "pc" is a police constable (r36, set 25: "I'm Jordan K, a pc at Wmp").
  const whole = ROLE_LETTERS[role.toLowerCase()];
  if (whole) return { ...me, role: whole };
  // A student's role typed in Spanish or Portuguese, in English: "Estudiante de Maestría en Biotecnología" → "biotechnology
  // master's student", never "an estudiante de maestría en biotecnología" (r38, set 30).
  const student = STUDENT.exec(role);
  if (student) {
    const level = /^(?:maestr|mestr|m[aá]ster)/i.test(student[1]!) ? "master's student" : /^dout|^doct/i.test(student[1]!) ? 'PhD student' : 'student';
    const field = FIELDS[(student[2] ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')] ?? '';
    return { ...me, role: field ? `${field} ${level}` : level };
  }
  // "Looking for work", "Open to work": no role to name; the goal says what they look for.
  if (/^(?:looking for (?:work|a job|opportunities|a new role)|open to work|job ?seeking|job seeker|seeking (?:work|employment|opportunities))$/i.test(role)) return { ...me, role: '' };
  if (!/^(?:graduate|student|intern|trainee|apprentice)$/i.test(role)) return me;
  const w = clipWords(plainInsert(me.whatIDo), 80);
  const words = new RegExp(`(?:^|[,.;:]\\s*|\\b(?:an?|I'?m|am)\\s+)((?:(?!(?:and|or|am|an?|the|at|in|of|for|with|my|i)\\s)[\\p{L}-]+\\s+){1,4})${role}\\b`, 'iu').exec(w)?.[1];
  const field = softLower(words?.replace(/^(?:b|m)\.?\s?(?:sc|a|eng|com|tech)\.?\s+/i, '').trim() ?? '');
  return field ? { ...me, role: hyphenYear(`${field} ${role.toLowerCase()}`) } : me;
}

/**
 * The one-line "what I do" (ARCHITECTURE.md §1) as a role ("final year CS student", "a student at KTH") or as
 * a clause ("I build payment systems", "I'm building…", "I work on payments infrastructure"); never
 * "I work on final year CS student".
 */
function doing(whatIDo: string | undefined): { role?: string; clause?: string } | null {
  const w = clipWords(plainInsert(whatIDo), 80).replace(/[’]/g, "'");
  if (!w) return null;
  const am = /^I(?:'m| am)\s+(.+)$/i.exec(w)?.[1];
  if (am) return /^(?:a|an)\s/i.test(am) || isRole(am) ? { role: hyphenYear(am) } : { clause: `I'm ${am}` };
  if (/^I\s/i.test(w)) return { clause: `I ${w.slice(2)}` };
  if (/^(?:a|an)\s/i.test(w) || isRole(w)) return { role: hyphenYear(softLower(w)) };
  const first = w.split(/\s/)[0] ?? '';
  if (/ing$/i.test(first) && isVerbForm(first)) return { clause: `I'm ${softLower(w, false)}` };
  if (startsWithVerb(w)) return { clause: `I ${softLower(w, false)}` };
  return { clause: `I work on ${softLower(w)}` };
}

/** "final year CS student" → "final-year CS student": a compound before its noun takes a hyphen. */
function hyphenYear(role: string): string {
  return role.replace(/\b(first|second|third|fourth|final|last) year\b(?=\s+\p{L})/giu, '$1-year');
}
