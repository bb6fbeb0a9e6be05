// Fixed clocks and person records for the nudge tests: every time is an explicit UTC instant.
import { emptyProfile } from '../../../lib/linkedin/schema';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/settings/schema';
import { PersonSchema, STAGES, type Person } from '../../../lib/tracker/schema';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Monday 2 March 2026, 09:00 UTC. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0);

let n = 0;
/** A valid Person (checked against the tracker's schema, the contract) in the given state. */
export function person(state: Partial<Person> & Pick<Person, 'stage'>, firstName: string | null = 'Marisol'): Person {
  const slug = `person-${++n}`;
  const id = `https://www.linkedin.com/in/${slug}/`;
  return PersonSchema.parse({
    id, slug, name: 'Marisol Reyes', profile: { ...emptyProfile(id, slug), firstName, fullName: 'Marisol Reyes' },
    createdAt: T0, updatedAt: T0, lastStepAt: T0, checkInsSent: 0, nudges: { snoozed: {}, dismissed: {} },
    ...state,
  });
}

export function settings(patch: Record<string, unknown> = {}): Settings {
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...patch });
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIMES = ['sentAt', 'invitedAt', 'acceptedAt', 'lastCheckInAt', 'repliedAt', 'heldAt', 'thankYouAt', 'reportBackAt', 'agendaSentAt'] as const;

/** Any state the schema allows, in every stage, each time field present or not. */
export function anyone(r: () => number): Person {
  const t = () => T0 + Math.floor(r() * 90) * DAY + Math.floor(r() * 24) * HOUR;
  const state: Record<string, unknown> = { stage: STAGES[Math.floor(r() * STAGES.length)], lastStepAt: t(), checkInsSent: Math.floor(r() * 3) };
  for (const k of TIMES) if (r() < 0.5) state[k] = t();
  if (r() < 0.5) state.chat = { at: t(), minutes: 30, timeZone: 'UTC' };
  if (r() < 0.4) state.mentorship = { cadenceDays: 14, startedAt: t(), lastContactAt: t() };
  if (r() < 0.2) state.nudges = { snoozed: { 'check-in': t(), 'thank-you': t() }, dismissed: { agenda: state.lastStepAt, cadence: t() } };
  return person(state as Pick<Person, 'stage'>);
}
