// Entries of list cards (Experience, Education, Skills) as "lines": title first, then the
// smaller lines under it. Each family draws an entry differently; this evens them out.
import { beforeDot, isSeparator } from './clean';
import { outermost, pick, pickAll, textOf } from './dom';
import { SEL } from './selectors';

/**
 * "Jul 2021 - Present", "2016 – 2020", "janv. 2020 - aujourd’hui", "jan. de 2020 - o momento":
 * an optional month word, a year, and optionally a dash with another date or an "ongoing" word.
 */
const DATE_LINE =
  /^(?:[\p{L}.]{2,12}(?:\s+de)?\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:[\p{L}.]{2,12}(?:\s+de)?\s+)?(?:19|20)\d{2}|[\p{L}’' ]{2,25}))?$/u;

export const isDateLine = (line: string): boolean => DATE_LINE.test(beforeDot(line));


const ENTITY = SEL.entity.ember[0];

/** Ember: the shown (aria-hidden) lines of an entity, excluding its sub-lists (descriptions, skills, roles). */
export function emberLines(entity: Element): string[] {
  return pickAll(entity, SEL.shownLine.ember)
    .filter((span) => {
      const ul = span.closest('ul');
      return !ul || !entity.contains(ul);
    })
    .map((span) => textOf(span))
    .filter((t) => t && !isSeparator(t));
}

/** Ember: the card's top-level entities, each with its nested entities (roles of a grouped company). */
export function emberEntities(card: Element): { entity: Element; nested: Element[] }[] {
  const all = pickAll(card, [ENTITY]);
  const top = all.filter((e) => {
    const outer = e.parentElement?.closest(ENTITY);
    return !outer || !card.contains(outer);
  });
  return top.map((entity) => ({ entity, nested: all.filter((e) => e !== entity && entity.contains(e)) }));
}

/** SDUI: an entry's header lines are the <p>s of its content link (not descriptions, not sub-roles). */
export function sduiLines(scope: Element): string[] {
  const ps = Array.from(scope.querySelectorAll('p')).filter((p) => {
    const ul = p.closest('ul');
    return (!ul || !scope.contains(ul) || ul === scope) && !pick(p, SEL.textBox.sdui) && !p.closest(SEL.textBox.sdui[0]);
  });
  const link = ps.length > 0 ? ps[0]?.closest('a') : null;
  const header = link && scope.contains(link) ? ps.filter((p) => link.contains(p) || isDateLine(textOf(p))) : ps;
  return header
    .filter((p) => !pick(p, SEL.skillsLink.sdui))
    .map((p) => textOf(p))
    .filter((t) => t && !isSeparator(t));
}

/** SDUI: the card's entries — outermost elements with a componentkey of their own and some text. */
export function sduiItems(card: Element): Element[] {
  const own = card.getAttribute('componentkey');
  const keyed = pickAll(card, SEL.sduiComponent.sdui).filter(
    (el) => el.getAttribute('componentkey') !== own && el.querySelector('p'),
  );
  return outermost(keyed);
}

/** SDUI: list items (sub-roles of a grouped company) directly under an entry. */
export function sduiSubItems(item: Element): Element[] {
  return Array.from(item.querySelectorAll('ul > li')).filter((li) => li.querySelector('p'));
}

/** Guest pages: "Jul 2021 - Present" from <time>Jul 2021</time> - Present<span>2 years</span>. */
export function publicDates(scope: Element): string | null {
  const range = pick(scope, SEL.dateRange.public);
  if (!range) return null;
  const text = textOf(range, (el) => el.tagName === 'SPAN').replace(/\s*[-–—]\s*/g, ' - ');
  return text || null;
}

/** Guest pages: each entry is the <li> around an <h3>, outside the sign-in dialogs. */
export function publicEntries(card: Element): Element[] {
  const dialog = SEL.dialog.public[0];
  return Array.from(card.querySelectorAll('h3'))
    .filter((h3) => !h3.closest(dialog))
    .map((h3): Element | null => h3.closest('li') ?? h3.parentElement)
    .filter((li): li is Element => li !== null);
}
