// Skills: the ones shown on the card, not the "Show all N skills" count.
import { outermost, pickAll, textOf } from './dom';
import { emberEntities, emberLines } from './entries';
import { SEL, type Family } from './selectors';

export function readSkills(card: Element, family: Family): string[] {
  let names: string[] = [];
  if (family === 'ember') {
    names = emberEntities(card).map(({ entity }) => emberLines(entity)[0] ?? '');
  } else if (family === 'sdui') {
    const items = outermost(pickAll(card, SEL.sduiSkill.sdui)).filter(
      (el) => !(el.getAttribute('componentkey') ?? '').endsWith('-divider'),
    );
    names = items.map((el) => textOf(el.querySelector('p')));
  }
  return [...new Set(names.filter(Boolean))];
}
