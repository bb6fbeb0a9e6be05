import type { Profile } from './schema';

/** A profile with nothing read yet: the starting point for typing details in by hand. */
export function emptyProfile(url: string, slug: string): Profile {
  return {
    url, slug, fullName: null, firstName: null, headline: null, location: null, pronouns: null,
    connectionDegree: null, current: null, about: null,
    experience: [], education: [], activity: [], featured: [], skills: [],
  };
}
