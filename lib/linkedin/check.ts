// The reader's own output check. zod stays out of the content script (its bundle would pass the
// 25 KB budget on its own), so every string and list is bounded here, by construction; the popup
// validates what arrives with ReadingSchema.safeParse (schema.ts) as with any message.
import type { Profile, Reading } from './schema';
import { GENERATIONS, LIMITS, MISSING_LIST, MISSING_MAX, VIEWERS } from './limits';
import { cap } from './clean';

const s = (v: unknown, max: number): string => (typeof v === 'string' ? cap(v, max) : '');
const n = (v: unknown, max: number): string | null => (typeof v === 'string' && v !== '' ? cap(v, max) : null);
const list = <T>(v: readonly T[] | undefined, each: (x: T) => T | null): T[] =>
  (v ?? []).map(each).filter((x): x is T => x !== null).slice(0, LIMITS.list);
const opt = (key: string, v: unknown, max: number) => (typeof v === 'string' && v ? { [key]: cap(v, max) } : {});

export function checkProfile(p: Profile): Profile {
  const { short, url } = LIMITS;
  return {
    url: s(p.url, url),
    slug: s(p.slug, short),
    fullName: n(p.fullName, LIMITS.name),
    firstName: n(p.firstName, LIMITS.name),
    headline: n(p.headline, LIMITS.headline),
    location: n(p.location, short),
    pronouns: n(p.pronouns, 64),
    connectionDegree: p.connectionDegree === '1st' || p.connectionDegree === '2nd' || p.connectionDegree === '3rd' ? p.connectionDegree : null,
    current: p.current && p.current.company ? { title: n(p.current.title, short), company: s(p.current.company, short) } : null,
    about: n(p.about, LIMITS.about),
    experience: list(p.experience, (e) =>
      e.title || e.company
        ? { title: s(e.title, short), company: s(e.company, short), dates: n(e.dates, short), ...opt('location', e.location, short), ...opt('description', e.description, LIMITS.description) }
        : null),
    education: list(p.education, (e) =>
      e.school ? { school: s(e.school, short), degree: n(e.degree, short), ...opt('field', e.field, short), ...opt('dates', e.dates, short) } : null),
    activity: list(p.activity, (a) =>
      a.text && ['post', 'repost', 'comment', 'article'].includes(a.kind)
        ? { kind: a.kind, text: s(a.text, LIMITS.activityText), ...opt('url', a.url, url), ...opt('when', a.when, short) }
        : null),
    featured: list(p.featured, (f) => (f.title ? { title: s(f.title, short), ...opt('url', f.url, url) } : null)),
    skills: list(p.skills, (k) => n(k, short)),
  };
}

export function checkReading(r: Reading): Reading {
  return {
    profile: checkProfile(r.profile),
    generation: GENERATIONS.includes(r.generation) ? r.generation : 'unknown',
    viewer: VIEWERS.includes(r.viewer) ? r.viewer : 'unknown',
    missing: [...new Set(r.missing)].slice(0, MISSING_LIST).map((m) => m.slice(0, MISSING_MAX)),
  };
}
