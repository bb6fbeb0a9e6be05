// About: the person's own summary, paragraphs kept.
import { paragraphsOf, pick, pickAll } from './dom';
import { SEL, type Family } from './selectors';

/** The card minus its heading (guest pages: heading + one text block). */
const notHeading = (el: Element) => /^H[1-6]$/.test(el.tagName);

export function readAbout(card: Element, family: Family): string | null {
  let text = '';
  if (family === 'ember') {
    // The first shown line outside the heading is the summary (ember-2024-d).
    const span = pickAll(card, SEL.shownLine.ember).find((s) => !s.closest('h2'));
    text = paragraphsOf(span);
  } else if (family === 'sdui') {
    // The text box's <p> also holds what the HTML parser moved out of a nested link.
    const box = pick(card, SEL.textBox.sdui);
    text = paragraphsOf(box?.closest('p') ?? box);
  } else {
    text = paragraphsOf(card, notHeading);
  }
  return text || null;
}
