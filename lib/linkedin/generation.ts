// Which kind of LinkedIn page this is, who is looking at it, and whose profile it shows.
import type { Generation, Reading } from './schema';
import { pick } from './dom';
import type { LdNode } from './json-ld';
import { alts, SEL, type Family } from './selectors';
import { profileSlugFromUrl } from './url';

export type Viewer = Reading['viewer'];
export interface Page {
  generation: Generation;
  /** Which selector family reads it; null for pages we cannot read. */
  family: Family | null;
  viewer: Viewer;
}

/** Guest pages: 2023 kept BEM classes; 2026 lists posts as DiscussionForumPosting and gives each node its own @context. */
function publicGeneration(doc: Document, ld: readonly LdNode[]): Generation {
  if (pick(doc, SEL.public2023.public)) return 'public-2023';
  const is2026 = ld.some((n) => n['@type'] === 'DiscussionForumPosting' || (n['@type'] === 'Person' && '@context' in n));
  return is2026 ? 'public-2026' : 'public-2024';
}

/** Decide the page kind from structure alone: each family has its own unmistakable markers. */
export function detectPage(doc: Document, readLd: () => readonly LdNode[]): Page {
  if (pick(doc, SEL.notFoundPage.notFound)) return { generation: 'not-found', family: 'notFound', viewer: 'logged-out' };
  if (pick(doc, SEL.sduiPage.sdui)) {
    return { generation: 'sdui-2026', family: 'sdui', viewer: pick(doc, SEL.selfView.sdui) ? 'self' : 'other' };
  }
  if (pick(doc, SEL.emberPage.ember)) return { generation: 'ember-2024', family: 'ember', viewer: 'other' };
  if (pick(doc, SEL.publicPage.public)) {
    return { generation: publicGeneration(doc, readLd()), family: 'public', viewer: 'logged-out' };
  }
  return { generation: 'unknown', family: null, viewer: 'unknown' };
}

/**
 * The slug of the person the page itself shows, or null when the page does not say.
 * LinkedIn navigates without reloading, so the URL can move on while the DOM still shows
 * the previous person; comparing this with the URL's slug catches that.
 */
export function pageSlug(doc: Document, family: Family, topCard: Element | null, ld: readonly LdNode[]): string | null {
  if (family === 'public' || family === 'notFound') {
    const link = pick(doc, alts('canonical', family));
    const href = link?.getAttribute('href') ?? link?.getAttribute('content');
    const fromLink = href ? profileSlugFromUrl(href) : null;
    if (fromLink) return fromLink;
    const person = ld.find((n) => n['@type'] === 'Person' && typeof n.url === 'string');
    return typeof person?.url === 'string' ? profileSlugFromUrl(person.url) : null;
  }
  if (!topCard) return null;
  const contact = pick(topCard, alts('contactInfo', family));
  const own = contact ?? pick(topCard, alts('profileLink', family));
  const href = own?.getAttribute('href');
  return href ? profileSlugFromUrl(href) : null;
}
