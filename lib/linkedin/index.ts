// The LinkedIn profile reader: what the content script calls and the popup imports.
//
// readProfile(doc, url) reads the profile of the person named by `url` from `doc` and returns a
// plain, structured-clone-safe Reading (see ReadingSchema in schema.ts). It is pure and read-only:
// it never writes to the document (no attributes, nodes, styles or listeners), never throws, and
// runs alike in a Chromium content script and in jsdom.
//
// What the result means:
// - generation: which page design was read ('ember-2024', 'sdui-2026', 'public-20xx'), or
//   'not-found' (guest "Profile Not Found"), 'stale' (the page still shows another person than the
//   URL names: LinkedIn navigated without reloading) or 'unknown' (not a profile page).
// - missing: fields looked for and not found, by name ("about", "experience", …), plus:
//   * "experience:loading" / "education:loading": the card is a lazy placeholder LinkedIn fills
//     in after a moment (sdui-2026-self). isStillLoading(reading) says so; the popup waits briefly
//     and reads again.
//   * "stale": see generation; the profile then carries only url and slug.
//   * "identity:unverified": the page did not say whose it is, so the URL's person was assumed.
//   * "url": the URL names no profile; "error": the reader failed unexpectedly.
//
// Validation: the reader bounds every string and list itself (check.ts) instead of importing zod,
// which alone would exceed the content script's 25 KB budget. The popup validates the message it
// receives with ReadingSchema.safeParse like any other input.
//
// Voyager JSON (<code> blobs on Ember pages) is deliberately not read: ember-2024-b's only profile
// blob describes another person, and the DOM has every field we need.
import type { Reading } from './schema';
import { checkReading } from './check';
import { FIELDS, read } from './read';
import { canonicalProfileUrl, profileSlugFromUrl } from './url';
import { emptyProfile } from './blank';

export { isProfileUrl, profileSlugFromUrl } from './url';
export type { Reading } from './schema';

/** Read the profile of the person `url` names from `doc`. Never throws. */
export function readProfile(doc: Document, url: string): Reading {
  let slug: string | null = null;
  try {
    slug = profileSlugFromUrl(String(url));
    return checkReading(read(doc, slug ? canonicalProfileUrl(slug) : '', slug));
  } catch {
    const s = slug ?? '';
    return checkReading({
      profile: emptyProfile(s ? canonicalProfileUrl(s) : '', s),
      generation: 'unknown',
      viewer: 'unknown',
      missing: ['error', ...FIELDS],
    });
  }
}

/** True while LinkedIn is still filling in lazy cards; read again shortly. */
export function isStillLoading(reading: Reading): boolean {
  return reading.missing.some((m) => m.endsWith(':loading'));
}
