// Which profile a URL names. Example URLs sit in tests/unit/linkedin/url.test.ts, next to this parser.

const BASE = 'https://www.linkedin.com/';

/** /in/<slug>/ and the guest "not found" form /public-profile/in/<slug>/ (not-found-2024's canonical). */
const PROFILE_PATH = /^\/(?:public-profile\/)?in\/([^/]+)(\/.*)?$/;
/** What may follow the slug and still be the profile page itself: a locale or an overlay (modal over it). */
const PROFILE_REST = /^\/?$|^\/[a-z]{2}(?:[_-][a-z]{2})?\/?$|^\/overlay\//i;
/** Vanity names are letters, digits, "-", "_" and "."; non-ASCII letters arrive percent-encoded. */
const SLUG = /^[\p{L}\p{M}\p{N}_.-]{1,100}$/u;
/** Member-id URLs (/in/ACoAA…) are case-sensitive ids, not vanity names: keep their case. */
const MEMBER_ID = /^(?:ACo|AEM)AA[\w-]+$/;
export const isMemberId = (slug: string): boolean => MEMBER_ID.test(slug);

function parse(url: string): URL | null {
  try {
    const u = new URL(url, BASE);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u;
  } catch {
    return null;
  }
}

export function isLinkedInHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'linkedin.com' || h.endsWith('.linkedin.com');
}

function slugParts(url: string): { slug: string; rest: string } | null {
  const u = parse(url);
  if (!u || !isLinkedInHost(u.hostname)) return null;
  const m = PROFILE_PATH.exec(u.pathname);
  if (!m || m[1] === undefined) return null;
  let raw = m[1];
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return null; // "%E9" alone: not a name LinkedIn would serve.
  }
  const slug = MEMBER_ID.test(raw) ? raw : raw.toLowerCase();
  return SLUG.test(slug) ? { slug, rest: m[2] ?? '' } : null;
}

/**
 * The person a LinkedIn URL is about ("marisolvance"), lower-cased and decoded, or null.
 * Sub-pages of a profile (details/experience, recent-activity) still name their person.
 */
export function profileSlugFromUrl(url: string): string | null {
  return slugParts(url)?.slug ?? null;
}

/** True when the tab shows a profile page itself, so there is a profile to read. */
export function isProfileUrl(url: string): boolean {
  const p = slugParts(url);
  return p !== null && PROFILE_REST.test(p.rest);
}

/** https://www.linkedin.com/in/<slug>/ with the slug percent-encoded as a URL needs. */
export function canonicalProfileUrl(slug: string): string {
  return `${BASE}in/${encodeURIComponent(slug)}/`;
}

/**
 * An href made safe to hand on: absolute http(s) only (javascript:, data: and the like are
 * dropped). LinkedIn's own links lose their tracking query (?trk=, ?originTrackingId=).
 */
export function safeUrl(href: string | null | undefined, max = 2048): string | undefined {
  if (!href) return undefined;
  const u = parse(href.trim());
  if (!u) return undefined;
  if (isLinkedInHost(u.hostname)) {
    u.search = '';
    u.hash = '';
  }
  const s = u.href;
  return s.length <= max ? s : undefined;
}
