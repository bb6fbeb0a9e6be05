import type { Profile } from '../linkedin/schema';
import { PersonStateSchema, type Person, type PersonState } from './schema';

const STATE_KEYS = PersonStateSchema.keyof().options;

/** The step-tracked part of a person: what events snapshot in `before` and undo restores. */
export function stateOf(p: Person): PersonState {
  const s: Record<string, unknown> = {};
  for (const k of STATE_KEYS) if (p[k] !== undefined) s[k] = structuredClone(p[k]);
  return s as PersonState;
}

/** The person with their state replaced wholesale: fields the state lacks are removed, not kept. */
export function withState(p: Person, state: PersonState): Person {
  const out: Record<string, unknown> = { ...p };
  for (const k of STATE_KEYS) delete out[k];
  for (const [k, v] of Object.entries(state)) if (v !== undefined) out[k] = v;
  return out as Person;
}

/** A chat was held and no thank-you has been marked since: the step machine, the rule and the packs agree on it. */
export const thankYouOwed = (s: { heldAt?: number; thankYouAt?: number }): boolean =>
  s.heldAt !== undefined && (s.thankYouAt === undefined || s.thankYouAt < s.heldAt);

/** How refusals and drafts name the person: first name, else full name, else the slug. */
export function displayName(p: Pick<Person, 'name' | 'slug'> & { profile: Pick<Profile, 'firstName'> }): string {
  return p.profile.firstName?.trim() || p.name.trim().split(/\s+/)[0] || p.slug;
}
