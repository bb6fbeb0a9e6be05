import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { clipWords, plainInsert, safeInsert, withArticle } from './text';

/** The name to greet: the first name as the reader found it, else the full name as shown. We never guess
 * which part of a full name is the given one (public-2026-a: "Nguyễn Thị Lan" is greeted "Lan"). */
export function greetName(profile: Profile): string {
  return safeInsert(profile.firstName) || safeInsert(profile.fullName);
}

const ROLE_WORD = /\b(engineer|developer|dev|manager|lead|leader|founder|director|head|researcher|architect|designer|analyst|consultant|chair|ceo|cto|cfo|coo|officer|scientist|master|intern|associate|producer|partner|president|professor|teacher|student|specialist|owner|advisor|adviser|coach|writer|editor|marketer|recruiter|vp|executive|strategist|expert)s?\b/i;

/** Lower-case the first letter of free text unless it looks like a name or acronym ("SQL", "Kafka"). */
export function softLower(s: string): string {
  const titleCase = /\s\p{Lu}|\p{Ll}\p{Lu}/u.test(s);
  return /^(?:\p{Lu}\p{Ll}|A\s)/u.test(s) && !/^I\b/.test(s) && !titleCase ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The first part of a headline ("Backend Engineer | Platform | …" → "Backend Engineer"), emoji-free. */
export function firstSegment(headline: string | null): string {
  const seg = (headline ?? '').split(/\s*[|•·]\s*/).map((s) => plainInsert(s)).find((s) => /\p{L}{2}/u.test(s)) ?? '';
  return seg.replace(/\s+@\s*/g, ' at ');
}

/**
 * "Why you" (ASK.md §2.3): a short phrase tied to the person's expertise, "your experience as … at …"
 * or "your experience in …". `avoidRole` when the opening already named their role.
 */
export function whyYou(profile: Profile, avoidRole = false): string {
  const title = plainInsert(profile.current?.title);
  const company = plainInsert(profile.current?.company);
  if (title && !avoidRole) {
    const role = clipWords(title, 50);
    return company ? `your experience as ${role} at ${clipWords(company, 40)}` : `your experience as ${withArticle(role)}`;
  }
  const seg = clipWords(firstSegment(profile.headline), 70);
  if (seg && !(avoidRole && ROLE_WORD.test(seg))) {
    return ROLE_WORD.test(seg) || / at /.test(seg) ? `your experience as ${withArticle(seg)}` : `your experience in ${softLower(seg)}`;
  }
  const skill = plainInsert(profile.skills[0]);
  if (skill) return `your experience in ${clipWords(skill, 50)}`;
  const earlier = profile.experience.find((e, i) => i > 0 && plainInsert(e.title) && plainInsert(e.title) !== title);
  if (!avoidRole || !earlier) return '';
  const at = clipWords(plainInsert(earlier.company), 40);
  return `your earlier work as ${clipWords(plainInsert(earlier.title), 50)}${at ? ` at ${at}` : ''}`;
}

/**
 * The person's field ("Growth Strategy", from skills or a headline that names no role) and their
 * role ("Researcher", from the current title or a headline that reads as one), for the questions.
 */
export function expertise(profile: Profile): { field: string; role: string } {
  const seg = firstSegment(profile.headline);
  const roleLike = ROLE_WORD.test(seg) || / at /.test(seg);
  const field = clipWords(plainInsert(profile.skills[0]) || (roleLike ? '' : seg), 60);
  const role = clipWords(plainInsert(profile.current?.title) || (roleLike ? seg.split(' at ')[0] ?? '' : ''), 40);
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

const VERBS = /^(?:get|become|learn|move|lead|build|improve|transition|switch|grow|start|land|find|understand|master|develop|launch|run|manage|make|write|present|gain|change|join|work|take|go|prepare|earn|create|design|ship|scale|speak|publish|hire|mentor|raise|found|open|sell|teach|finish|complete|pass|set|step|prioriti[sz]e|ask|talk|connect|focus|read|practi[sc]e|share|document|measure|track|say|stop|try|use|keep|meet|spend|reach|apply|volunteer|delegate|block|schedule|plan|review|test|map|define|spend|look|think|invest|negotiate|seek|build|shadow|pair|automate|simplify|write|record|list|reduce|cut|drop|give|let|show|talk|treat|put|turn|bring|check|choose|pick|avoid|batch|timebox)\b/i;

/** Whether free text reads as an instruction or verb phrase ("prioritise the weekly report"). */
export function startsWithVerb(s: string): boolean {
  return VERBS.test(s);
}

/** A goal as a verb phrase ("get better at presenting data") or a noun phrase ("a move into product"). */
export function goal(text: string | undefined): { vp: boolean; text: string } | null {
  let g = plainInsert(text);
  if (!g) return null;
  const lead = /^(?:i\s+(?:want|would like|'d like|hope|aim|plan|need)\s+to|my goal is to|goal:|to)\s+/i;
  const hadTo = lead.test(g);
  g = clipWords(softLower(g.replace(lead, '').replace(/^i(?:'m| am)\s+/i, '')), 90);
  if (!g) return null;
  return { vp: hadTo || VERBS.test(g), text: g };
}

/** What I'm working towards, as a participle clause: "trying to …", "working towards …", "learning more about …". */
export function purpose(me: Partial<Me>): string {
  const g = goal(me.shortTermGoal) ?? goal(me.longTermGoal);
  if (g) return g.vp ? `trying to ${g.text}` : `working towards ${g.text}`;
  const skill = clipWords(plainInsert(me.missingSkills?.[0]), 60);
  if (skill) return `learning more about ${softLower(skill)}`;
  const need = me.guidance?.[0];
  if (need === 'technical') return 'looking to deepen my technical skills';
  if (need === 'career') return 'thinking carefully about my next career step';
  if (need === 'organisation') return 'learning how to get things done in a larger organisation';
  if (need === 'encouragement') return 'finding my way in the early part of my career';
  return '';
}
