/**
 * The tracker's key: https://www.linkedin.com/in/<slug>/ with the slug lowercased.
 * The same person arrives from many page generations and links (country subdomains,
 * tracking queries, /details/… subpages, upper-case slugs), and must map to one record.
 */
const PROFILE_PATH = /^\/in\/([^/]+)/i;

export function profileSlug(url: string): string | null {
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(u.hostname)) return null;
  const m = PROFILE_PATH.exec(u.pathname);
  if (!m?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]);
  } catch {
    slug = m[1];
  }
  slug = slug.trim().toLowerCase();
  return slug ? slug : null;
}

/** Canonical profile URL, or null when the text is not a LinkedIn /in/ profile link. */
export function canonicalProfileUrl(url: string): string | null {
  const slug = profileSlug(url);
  return slug === null ? null : `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
