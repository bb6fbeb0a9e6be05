import { emptyProfile } from '../linkedin/schema';
import { isTime } from '../time-schema';
import { profileSlug } from './canonical';
import { STAGES, type Person } from './schema';

const STAGE_SET = new Set<string>(STAGES);
const TIMES = ['sentAt', 'invitedAt', 'acceptedAt', 'lastCheckInAt', 'repliedAt', 'heldAt', 'thankYouAt', 'reportBackAt', 'closedAt', 'agendaSentAt', 'readAt'] as const;

/** Whether the fields every view reads are there and sane: the common case, checked cheaply (no schema parse per row). */
function looksWhole(p: Partial<Person>): boolean {
  return typeof p.id === 'string' && typeof p.name === 'string' && typeof p.company === 'string' && STAGE_SET.has(p.stage as string)
    && isTime(p.lastStepAt) && isTime(p.createdAt) && isTime(p.updatedAt) && Array.isArray(p.tags)
    && typeof p.profile === 'object' && p.profile !== null && TIMES.every((k) => p[k] === undefined || isTime(p[k]))
    && (p.chat === undefined || isTime(p.chat?.at));
}

/**
 * A stored person the dashboard can always show: a record written by an older version,
 * or damaged, keeps its row with what can be read (name, or the profile address; "Drafted" for a
 * stage it can't read; unreadable dates left out) instead of breaking the whole list.
 */
export function readablePerson(raw: unknown): Person {
  const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Person>;
  if (looksWhole(p)) return p as Person;
  const id = typeof p.id === 'string' ? p.id : 'https://www.linkedin.com/in/unknown/';
  const slug = typeof p.slug === 'string' ? p.slug : profileSlug(id) ?? id;
  const profile = typeof p.profile === 'object' && p.profile !== null ? p.profile : emptyProfile(id, slug);
  const fallback = [p.updatedAt, p.createdAt, p.lastStepAt].find(isTime) ?? Date.UTC(2000, 0, 1);
  const out: Record<string, unknown> = { ...p };
  for (const k of TIMES) if (out[k] !== undefined && !isTime(out[k])) delete out[k];
  if (p.chat !== undefined && !isTime(p.chat?.at)) delete out.chat;
  return {
    ...(out as Partial<Person>),
    id, slug, profile,
    name: typeof p.name === 'string' && p.name ? p.name : profile.fullName ?? slug,
    company: typeof p.company === 'string' ? p.company : '',
    stage: STAGE_SET.has(p.stage as string) ? p.stage! : 'drafted',
    tags: Array.isArray(p.tags) ? p.tags.filter((t): t is string => typeof t === 'string') : [],
    readings: Array.isArray(p.readings) ? p.readings : [],
    checkInsSent: typeof p.checkInsSent === 'number' ? p.checkInsSent : 0,
    nudges: typeof p.nudges === 'object' && p.nudges !== null ? p.nudges : { snoozed: {}, dismissed: {} },
    lastStepAt: isTime(p.lastStepAt) ? p.lastStepAt : fallback,
    createdAt: isTime(p.createdAt) ? p.createdAt : fallback,
    updatedAt: isTime(p.updatedAt) ? p.updatedAt : fallback,
    search: typeof p.search === 'string' ? p.search : '',
  } as Person;
}
