// Featured: items the person pinned to their profile (sdui-2026-self has one PDF).
import type { Featured } from './schema';
import { outermost, pickAll, textOf } from './dom';
import { SEL, type Family } from './selectors';
import { safeUrl } from './url';

/** Links that lead to LinkedIn's own "show all"/edit screens, not to an item. */
const CHROME = /\/(?:details|edit)\//;

function item(title: string, href: string | null): Featured | null {
  if (!title) return null;
  const url = safeUrl(href);
  return { title, ...(url ? { url } : {}) };
}

export function readFeatured(card: Element, family: Family): Featured[] {
  let rows: (Featured | null)[];
  if (family === 'sdui') {
    // Each item: a kind label ("Media", "Link") then the title.
    rows = outermost(pickAll(card, SEL.featuredItem.sdui)).map((a) => {
      const ps = Array.from(a.querySelectorAll('p')).map((p) => textOf(p)).filter(Boolean);
      return item(ps[1] ?? ps[0] ?? '', a.getAttribute('href'));
    });
  } else {
    // No fixture has an Ember/guest Featured card: read its links, whatever their markup.
    rows = Array.from(card.querySelectorAll('a[href]'))
      .filter((a) => !CHROME.test(a.getAttribute('href') ?? ''))
      .map((a) => item(textOf(a), a.getAttribute('href')));
  }
  const seen = new Set<string>();
  return rows
    .filter((r): r is Featured => r !== null && !seen.has(r.title + (r.url ?? '')) && !!seen.add(r.title + (r.url ?? '')));
}
