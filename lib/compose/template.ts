/**
 * Phrase templates: `{var}` is filled from the draft's values, `^…^` marks a flourish (an adverb or
 * a bit of warmth) that the first shortening step removes (ARCHITECTURE.md §3: "adverbs and flattery" go first).
 * Flourishes are resolved before values are inserted, so profile text can never be read as markup.
 */
export type Vars = Readonly<Record<string, string>>;

export function fill(template: string, vars: Vars, plain: boolean): string {
  const shaped = template.replace(/\^([^^]*)\^/g, (_, inner: string) => (plain ? '' : inner));
  return shaped.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? '');
}

/** Names of the values a template uses (tests check every bank against the values it gets). */
export function varsOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
