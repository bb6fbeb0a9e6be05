// Activity: only what the person wrote or reposted. Posts they merely liked are left out,
// and a repost's text is the reposted post's text (fixtures MANIFEST).
import type { Activity } from './schema';
import { oneLine } from './clean';
import { outermost, paragraphsOf, pick, pickAll, textOf } from './dom';
import { publicEntries } from './entries';
import { alts, SEL, type Family } from './selectors';
import { isLinkedInHost, profileSlugFromUrl, safeUrl } from './url';

/** Ember's header line says what the person did; the verb is the only signal, in five languages. */
const REACTED = /\b(?:likes?|loves?|celebrates?|supports?|finds?|is curious|aime|adore|soutient|gefällt|unterstützt|le gusta|le encanta|apoya|gostou|curtiu|amou|apoia)\b/i;
const REPOSTED = /repost|republi|partag|geteilt|compartil|compartió/i;
const COMMENTED = /comment|kommentiert|coment/i;
/** Guest cards under "Activity" say "Liked by …" for posts the person only reacted to (public-2024-a). */
const LIKED_BY = /^(?:liked by|aimé par|gefällt|le gusta a|a .* le gusta|curtido por|gostou)/i;
const WHEN = /(?:^|•)\s*(\d+\s?[\p{L}]{1,3})\s*(?:•|$)/u;

type Kind = Activity['kind'];

function make(kind: Kind, text: string, href: string | null | undefined, when?: string): Activity | null {
  if (!text) return null;
  const u = safeUrl(href);
  const url = u && isLinkedInHost(new URL(u).hostname) ? u : undefined;
  return { kind, text, ...(url ? { url } : {}), ...(when ? { when } : {}) };
}

const feedHref = (item: Element, family: Family) => pick(item, alts('feedLink', family))?.getAttribute('href');

function ember(card: Element, family: Family): (Activity | null)[] {
  const items = outermost(
    Array.from(card.querySelectorAll('li')).filter((li) => pick(li, alts('feedLink', family))),
  );
  return items.map((li) => {
    // Only the verb phrase: the person's name (in <strong>) could itself contain "Love" or "Aime".
    const header = textOf(pick(li, SEL.emberPostHeader.ember), (el) => el.tagName === 'STRONG');
    if (REACTED.test(header)) return null;
    const kind: Kind = REPOSTED.test(header) ? 'repost' : COMMENTED.test(header) ? 'comment' : 'post';
    const when = WHEN.exec(header)?.[1];
    return make(kind, paragraphsOf(pick(li, SEL.emberPostText.ember)), feedHref(li, family), when);
  });
}

/**
 * SDUI: whoever is named last before the post text wrote it. A "reposted this" header names
 * the subject first and the original author after (sdui-2026-b); a bare reshare nests the
 * company's post under the subject's name (sdui-2026-self, last item): both are reposts.
 */
function sdui(card: Element, family: Family, slug: string): (Activity | null)[] {
  return outermost(pickAll(card, SEL.sduiPost.sdui)).map((item) => {
    const box = pick(item, SEL.textBox.sdui);
    if (!box) return null;
    let author: string | null = null;
    let when: string | undefined;
    for (const el of Array.from(item.querySelectorAll('a[href], p'))) {
      if (!(el.compareDocumentPosition(box) & 4) || el.contains(box)) break; // 4: box follows el
      const href = el.tagName === 'A' ? el.getAttribute('href') ?? '' : '';
      if (/\/(?:in|company|school|showcase)\//.test(href)) author = href;
      else if (el.tagName === 'P') when = WHEN.exec(oneLine(el.textContent ?? ''))?.[1] ?? when;
    }
    const kind: Kind = author && profileSlugFromUrl(author) !== slug ? 'repost' : 'post';
    return make(kind, paragraphsOf(box.closest('p') ?? box), feedHref(item, family), when);
  });
}

/** Guest pages: "Articles by …" cards and "Activity" cards; drop "Liked by" and other people's posts. */
function guest(cards: Element[], slug: string): (Activity | null)[] {
  return cards.flatMap((card) =>
    publicEntries(card).map((li) => {
      const by = li.querySelector('h4');
      if (LIKED_BY.test(textOf(by))) return null;
      const actor = by?.querySelector('a[href]')?.getAttribute('href');
      if (actor && profileSlugFromUrl(actor) !== slug) return null;
      const href = li.querySelector('a[href]')?.getAttribute('href') ?? null;
      const kind: Kind = href && /\/pulse\//.test(href) ? 'article' : 'post';
      return make(kind, textOf(li.querySelector('h3')), href);
    }),
  );
}

export function readActivity(cards: Element[], family: Family, slug: string): Activity[] {
  const rows =
    family === 'ember'
      ? cards.flatMap((c) => ember(c, family))
      : family === 'sdui'
        ? cards.flatMap((c) => sdui(c, family, slug))
        : family === 'public'
          ? guest(cards, slug)
          : [];
  const seen = new Set<string>();
  return rows
    .filter((a): a is Activity => {
      if (!a) return false;
      const key = a.url ?? a.text;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
