// Plain constants shared by the reader and the zod schema. They live apart from schema.ts so the
// content-script reader can import them without pulling zod into its bundle (≤ 25 KB budget).

/** Text caps keep hostile or runaway profile text at sane sizes everywhere downstream. */
export const LIMITS = {
  name: 200,
  headline: 400,
  short: 300,
  about: 4000,
  description: 2000,
  activityText: 1500,
  url: 2048,
  list: 50,
} as const;

export const GENERATIONS = [
  'ember-2024',
  'sdui-2026',
  'public-2023',
  'public-2024',
  'public-2026',
  'not-found',
  'stale',
  'unknown',
] as const;

export const VIEWERS = ['other', 'self', 'logged-out', 'unknown'] as const;

/** `missing` holds at most this many entries of at most MISSING_MAX characters (ReadingSchema). */
export const MISSING_LIST = 64;
export const MISSING_MAX = 64;
