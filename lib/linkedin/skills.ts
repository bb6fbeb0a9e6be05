// Skills: the ones shown on the card, not the "Show all N skills" count.
import { LIMITS } from './limits';
import { cap } from './clean';
import { outermost, pickAll, textOf } from './dom';
import { emberEntities, emberLines } from './entries';
import { SEL, type Family } from './selectors';

export function readSkills(card: Element, family: Family): string[] {
  let names: string[] = [];
  if (family === 'ember-2024') {
    names = emberEntities(card).map(({ entity }) => emberLines(entity)[0] ?? '');
  } else if (family === 'sdui-2026') {
    const items = outermost(pickAll(card, SEL.sduiSkill['sdui-2026'])).filter(
      (el) => !(el.getAttribute('componentkey') ?? '').endsWith('-divider'),
    );
    names = items.map((el) => textOf(el.querySelector('p')));
  }
  const unique = [...new Set(names.filter(Boolean))];
  return unique.slice(0, LIMITS.list).map((s) => cap(s, LIMITS.short));
}
