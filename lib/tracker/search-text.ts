import type { Person } from './schema';

const MAX = 20000;

/** Lowercase without accents, so "jose" finds "José" and "ZOË" finds "Zoe" as the user types. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The text a list search matches: name, company, headline, title, location, tags, notes. */
export function searchText(p: Pick<Person, 'name' | 'company' | 'profile' | 'tags'>, notes: readonly string[]): string {
  const parts = [p.name, p.company, p.profile.headline ?? '', p.profile.current?.title ?? '', p.profile.location ?? '', p.tags.join(' '), ...notes];
  return fold(parts.join('\n')).slice(0, MAX);
}

/** Every whitespace-separated term of the query appears somewhere in the text. */
export function matches(search: string, query: string): boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return terms.every((t) => search.includes(t));
}
