import type { Profile } from '../linkedin/schema';
import { fold } from './text';
import { glossOf, titleInEnglish } from './glossary';

/**
 * A job title the page gives in two languages ("Čebelar / Beekeeper", a headline): the draft names it as the headline's
 * second, plain-letter part, where "your work as a čebelar" left the sender's reader guessing (s21 blind review, F = 1).
 * Only a title with letters beyond plain ASCII, so "Product Manager / Designer" stays two roles.
 */
export function titlesInEnglish(profile: Profile): Profile {
  return headlineEnglish(knownTitles(profile));
}

/**
 * Titles in English where the page's are known (glossary.ts), or where one of its entries gives the English beside a title in
 * another language ("Kierownik Zajezdni Autobusowej (Depot Manager)", then the top card's "Kierownik Zajezdni Autobusowej": s24).
 */
function knownTitles(profile: Profile): Profile {
  const beside = new Map<string, string>();
  for (const t of [profile.current?.title ?? '', ...profile.experience.map((e) => e.title)]) {
    // Two words or more in the brackets: "(Intern)" and "(Geselle)" say what kind, not the title in English.
    const m = /^(.{3,60}?)\s*\(([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z'-]+)+)\)$/.exec(t);
    if (m && (/[^\u0000-\u007f]/.test(m[1]!.replace(/[^\p{L}]/gu, '')) || titleInEnglish(m[1]!) !== m[1] || m[1]!.split(/\s+/).some((w) => glossOf(w.toLowerCase()).length))) beside.set(fold(m[1]!), m[2]!);
  }
  const swap = (t: string) => {
    if (!t || !/\S/.test(t)) return t;
    const base = fold(t.replace(/\s*\([^)]*\)$/, ''));
    const known = titleInEnglish(t);
    return known !== t ? known : beside.get(base) ?? t;
  };
  if (!profile.experience.some((e) => swap(e.title) !== e.title) && swap(profile.current?.title ?? '') === (profile.current?.title ?? '')) return profile;
  return {
    ...profile,
    current: profile.current && { ...profile.current, title: profile.current.title && swap(profile.current.title) },
    experience: profile.experience.map((e) => ({ ...e, title: swap(e.title) })),
  };
}

function headlineEnglish(profile: Profile): Profile {
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
