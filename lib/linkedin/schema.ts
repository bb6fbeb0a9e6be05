import { z } from '../zod';

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

const text = (max: number) => z.string().max(max);

export const ExperienceSchema = z.object({
  title: text(LIMITS.short),
  company: text(LIMITS.short),
  dates: text(LIMITS.short).nullable(),
  location: text(LIMITS.short).optional(),
  description: text(LIMITS.description).optional(),
});

export const EducationSchema = z.object({
  school: text(LIMITS.short),
  /** Degree and field joined with ", " as logged-in pages print them (fixtures MANIFEST). */
  degree: text(LIMITS.short).nullable().optional(),
  field: text(LIMITS.short).optional(),
  dates: text(LIMITS.short).optional(),
});

export const ActivitySchema = z.object({
  kind: z.enum(['post', 'repost', 'comment', 'article']),
  text: text(LIMITS.activityText),
  url: text(LIMITS.url).optional(),
  when: text(LIMITS.short).optional(),
});

export const FeaturedSchema = z.object({
  title: text(LIMITS.short),
  url: text(LIMITS.url).optional(),
});

export const ProfileSchema = z.object({
  /** Canonical https://www.linkedin.com/in/<slug>/ */
  url: text(LIMITS.url),
  slug: text(LIMITS.short),
  fullName: text(LIMITS.name).nullable(),
  firstName: text(LIMITS.name).nullable(),
  headline: text(LIMITS.headline).nullable(),
  location: text(LIMITS.short).nullable(),
  pronouns: text(64).nullable(),
  connectionDegree: z.enum(['1st', '2nd', '3rd']).nullable(),
  current: z.object({ title: text(LIMITS.short), company: text(LIMITS.short) }).nullable(),
  about: text(LIMITS.about).nullable(),
  experience: z.array(ExperienceSchema).max(LIMITS.list),
  education: z.array(EducationSchema).max(LIMITS.list),
  activity: z.array(ActivitySchema).max(LIMITS.list),
  featured: z.array(FeaturedSchema).max(LIMITS.list),
  skills: z.array(text(LIMITS.short)).max(LIMITS.list),
});

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

export const ReadingSchema = z.object({
  profile: ProfileSchema,
  generation: z.enum(GENERATIONS),
  viewer: z.enum(['other', 'self', 'logged-out', 'unknown']),
  /** Field names the reader looked for and did not find (e.g. "about", "experience"). */
  missing: z.array(z.string().max(64)).max(64),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Featured = z.infer<typeof FeaturedSchema>;
export type Reading = z.infer<typeof ReadingSchema>;
export type Generation = Reading['generation'];

/** A profile with nothing read yet: the starting point for typing details in by hand. */
export function emptyProfile(url: string, slug: string): Profile {
  return {
    url, slug, fullName: null, firstName: null, headline: null, location: null, pronouns: null,
    connectionDegree: null, current: null, about: null,
    experience: [], education: [], activity: [], featured: [], skills: [],
  };
}
