// Read-only DOM helpers. Nothing here writes to the page: no attributes, no nodes, no listeners.
import { oneLine, paragraphs } from './clean';

/** Never text: code, styles, icons, form controls, and buttons ("…show more", "Follow"). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'CODE', 'IFRAME',
  'SELECT', 'TEXTAREA', 'INPUT', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT',
]);
/** Screen-reader copies of text that is also shown (ember's visually-hidden twin spans, guest sr-only). */
const SR_ONLY = /(?:^|\s)(?:visually-hidden|sr-only|a11y-text)(?:\s|$)/;
/** LinkedIn's holder for the one space between inline parts ("opens from<span class="white-space-pre"> </span><a>Google
 * Cloud</a>"). Saved pages (ember-2024-d) lose that space; the page still shows one, so we print one. */
const SPACE_HOLDER = /(?:^|\s)white-space-pre(?:\s|$)/;
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'TR']);
/** A cap on nodes visited per call: a 5 MB About must not stall the content script. */
const MAX_NODES = 20_000;

export type Skip = (el: Element) => boolean;

function skipped(el: Element, skip?: Skip): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class');
  if (cls && SR_ONLY.test(cls)) return true;
  return skip ? skip(el) : false;
}

/** Raw text of el and its shown descendants; <br> and block ends become line breaks. */
function rawText(root: Element, skip?: Skip): string {
  const out: string[] = [];
  const stack: (Node | null)[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      out.push('\n'); // end of a block element
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && skipped(el, skip)) continue;
    if (el.tagName === 'BR') {
      out.push('\n');
      continue;
    }
    if (!el.firstChild && SPACE_HOLDER.test(el.getAttribute('class') ?? '')) {
      out.push(' ');
      continue;
    }
    if (BLOCK.has(el.tagName)) stack.push(null);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] ?? null);
  }
  return out.join('');
}

/** Shown text of an element on one line; '' for null. */
export function textOf(el: Element | null | undefined, skip?: Skip): string {
  return el ? oneLine(rawText(el, skip)) : '';
}

/** Shown text keeping paragraph breaks (About, post bodies). */
export function paragraphsOf(el: Element | null | undefined, skip?: Skip): string {
  return el ? paragraphs(rawText(el, skip)) : '';
}

/** First element matching any of the alternatives, tried in order. */
export function pick(root: ParentNode | null | undefined, sels: readonly string[] | undefined): Element | null {
  if (!root || !sels) return null;
  for (const s of sels) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All matches of the first alternative that matches anything. */
export function pickAll(root: ParentNode | null | undefined, sels: readonly string[] | undefined): Element[] {
  if (!root || !sels) return [];
  for (const s of sels) {
    const all = root.querySelectorAll(s);
    if (all.length > 0) return Array.from(all);
  }
  return [];
}

/** Drop elements nested inside another element of the same list (SDUI repeats componentkeys). */
export function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}
