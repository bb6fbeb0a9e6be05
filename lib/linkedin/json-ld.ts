// Guest pages describe the person in schema.org JSON-LD; public-2026-a has location, About and
// all activity only there. Only nodes that name the requested person are used.
import type { Activity } from './schema';
import { oneLine } from './clean';
import { SEL } from './selectors';
import { profileSlugFromUrl, safeUrl } from './url';

export type LdNode = Record<string, unknown>;

/** JSON-LD bigger than this is not a profile description; skip rather than parse megabytes. */
const MAX_LD = 2_000_000;

/** All JSON-LD nodes of the page, @graph flattened; broken blocks are skipped. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll(SEL.jsonLd.public[0]))) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const top = Array.isArray(data) ? data : [data];
    for (const node of top) {
      if (!node || typeof node !== 'object') continue;
      const graph = (node as LdNode)['@graph'];
      if (Array.isArray(graph)) out.push(...graph.filter((n): n is LdNode => !!n && typeof n === 'object'));
      else out.push(node as LdNode);
    }
  }
  return out;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** JSON-LD strings may carry HTML (articleBody); only their text is wanted. */
const plain = (v: unknown): string => oneLine(str(v).replace(/<[^>]*>/g, ' '));
const slugOf = (v: unknown): string | null => {
  const url = typeof v === 'object' && v !== null ? (v as LdNode).url : v;
  return typeof url === 'string' ? profileSlugFromUrl(url) : null;
};

/** The Person node whose url names `slug`. */
export function ldPerson(nodes: readonly LdNode[], slug: string): LdNode | null {
  return nodes.find((n) => n['@type'] === 'Person' && (slugOf(n) === slug || slugOf(n.sameAs) === slug)) ?? null;
}

export const ldName = (p: LdNode | null): string => plain(p?.name);
export const ldAbout = (p: LdNode | null): string => str(p?.description).replace(/<br\s*\/?>/gi, '\n');
export const ldLocality = (p: LdNode | null): string => {
  const address = p?.address;
  return address && typeof address === 'object' ? plain((address as LdNode).addressLocality) : '';
};

/** Articles and posts the person wrote, in page order (public-2026-a: 10 Article, 8 DiscussionForumPosting). */
export function ldActivity(nodes: readonly LdNode[], slug: string): Activity[] {
  const out: Activity[] = [];
  for (const n of nodes) {
    const type = n['@type'];
    if (type !== 'Article' && type !== 'DiscussionForumPosting' && type !== 'SocialMediaPosting') continue;
    if (slugOf(n.author) !== slug) continue; // someone else's post (or a stale one)
    const text = type === 'Article' ? plain(n.headline) || plain(n.name) : plain(n.text) || plain(n.headline);
    if (!text) continue;
    const url = safeUrl(str(n.url) || str(n.mainEntityOfPage));
    const when = str(n.datePublished).slice(0, 10);
    out.push({
      kind: type === 'Article' ? 'article' : 'post',
      text,
      ...(url ? { url } : {}),
      ...(when ? { when } : {}),
    });
  }
  return out;
}
