// The reader's own output check. zod stays out of the content script (with zod the bundle would
// pass its 25 KB budget), so the shape comes from the types and every string and list is bounded
// here; the popup validates what arrives with ReadingSchema.safeParse (schema.ts) as with any message.
import type { Reading } from './schema';
import { GENERATIONS, LIMITS, MISSING_LIST, MISSING_MAX, VIEWERS } from './limits';
import { cap } from './clean';

/** Caps by field name (schema.ts); any other string is a "short" one. */
const CAPS: Record<string, number> = {
  url: LIMITS.url,
  fullName: LIMITS.name,
  firstName: LIMITS.name,
  headline: LIMITS.headline,
  about: LIMITS.about,
  description: LIMITS.description,
  text: LIMITS.activityText,
  pronouns: 64,
};

function bound(v: unknown, key: string): unknown {
  if (typeof v === 'string') return cap(v, CAPS[key] ?? LIMITS.short);
  if (Array.isArray(v)) return v.slice(0, LIMITS.list).map((x) => bound(x, key));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = bound(x, k);
    return out;
  }
  return v;
}

export function checkReading(r: Reading): Reading {
  return {
    profile: bound(r.profile, '') as Reading['profile'],
    generation: GENERATIONS.includes(r.generation) ? r.generation : 'unknown',
    viewer: VIEWERS.includes(r.viewer) ? r.viewer : 'unknown',
    missing: [...new Set(r.missing)].slice(0, MISSING_LIST).map((m) => m.slice(0, MISSING_MAX)),
  };
}
