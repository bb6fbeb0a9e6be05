import { z } from '../zod';
import { GENERATIONS, LIMITS, MISSING_LIST, MISSING_MAX, VIEWERS } from './limits';

// LIMITS and GENERATIONS live in limits.ts so the content-script reader can use them without zod.
export { LIMITS, GENERATIONS } from './limits';

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
  /**
   * title is null when only the company is on the page (sdui-2026-self: the top-card company chip
   * is shown while the Experience card has not loaded; see its expected.json).
   */
  current: z.object({ title: text(LIMITS.short).nullable(), company: text(LIMITS.short) }).nullable(),
  about: text(LIMITS.about).nullable(),
  experience: z.array(ExperienceSchema).max(LIMITS.list),
  education: z.array(EducationSchema).max(LIMITS.list),
  activity: z.array(ActivitySchema).max(LIMITS.list),
  featured: z.array(FeaturedSchema).max(LIMITS.list),
  skills: z.array(text(LIMITS.short)).max(LIMITS.list),
});

export const ReadingSchema = z.object({
  profile: ProfileSchema,
  generation: z.enum(GENERATIONS),
  viewer: z.enum(VIEWERS),
  /** Field names the reader looked for and did not find (e.g. "about", "experience"). */
  missing: z.array(z.string().max(MISSING_MAX)).max(MISSING_LIST),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Featured = z.infer<typeof FeaturedSchema>;
export type Reading = z.infer<typeof ReadingSchema>;
export type Generation = Reading['generation'];

// emptyProfile lives in blank.ts (no zod) so the content-script reader can use it too.
export { emptyProfile } from './blank';
