import type { Profile } from '../linkedin/schema';
import { fold } from './text';

/**
 * A job title the page gives in two languages ("Čebelar / Beekeeper", a headline): the draft names it as the headline's
 * second, plain-letter part, where "your work as a čebelar" left the sender's reader guessing (s21 blind review, F = 1).
 * Only a title with letters beyond plain ASCII, so "Product Manager / Designer" stays two roles.
 */
export function titlesInEnglish(profile: Profile): Profile {
  const m = /^\s*([^/|]{2,60}?)\s+\/\s+([A-Za-z][A-Za-z -]{1,58})\s*$/.exec(profile.headline ?? '');
  const local = m?.[1] ?? '';
  const english = m?.[2]?.trim() ?? '';
  if (!m || !/[^\u0000-\u007f]/.test(local)) return profile;
  const swap = (t: string) => (fold(t) === fold(local) ? english : t);
  const titled = profile.experience.some((e) => fold(e.title) === fold(local)) || fold(profile.current?.title ?? '') === fold(local);
  if (!titled) return profile;
  return {
    ...profile,
    current: profile.current && { ...profile.current, title: profile.current.title && swap(profile.current.title) },
    experience: profile.experience.map((e) => ({ ...e, title: swap(e.title) })),
  };
}
