// Fixed clocks and person records for the nudge tests: every time is an explicit UTC instant.
import { emptyProfile } from '../../../lib/linkedin/schema';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../lib/settings/schema';
import { PersonSchema, type Person } from '../../../lib/tracker/schema';

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
