import type { Profile } from '../linkedin/schema';

type ScalarKey = 'fullName' | 'firstName' | 'headline' | 'location' | 'pronouns' | 'connectionDegree' | 'current' | 'about';
type ListKey = 'experience' | 'education' | 'activity' | 'featured' | 'skills';
const SCALARS: ScalarKey[] = ['fullName', 'firstName', 'headline', 'location', 'pronouns', 'connectionDegree', 'current', 'about'];
const LISTS: ListKey[] = ['experience', 'education', 'activity', 'featured', 'skills'];

/**
 * A new reading of a known person, merged into what we knew. A reading that lacks a field
 * (null, or an empty list) never erases it: logged-out and public pages (public-2024,
 * public-2026) hide activity, skills and often the about text, and a half-loaded page
 * looks the same. A value that is present replaces the old one (a name change, a new job).
 */
export function mergeProfile(known: Profile, reading: Profile): Profile {
  const out: Profile = { ...known, url: reading.url, slug: reading.slug };
  for (const k of SCALARS) if (reading[k] !== null && reading[k] !== undefined) (out[k] as unknown) = reading[k];
  for (const k of LISTS) if (reading[k].length > 0) (out[k] as unknown) = reading[k];
  return out;
}

/** Structural equality for plain JSON-like data (profiles, states), key order ignored. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
