// Education: school, then "Degree, Field" as logged-in pages print it (fixtures MANIFEST).
import type { Education } from './schema';
import { beforeDot, isSeparator } from './clean';
import { textOf } from './dom';
import { emberEntities, emberLines, isDateLine, publicDates, publicEntries, sduiItems, sduiLines } from './entries';
import type { Family } from './selectors';

/** Grades are not part of the degree: "9.7 of 10", "18 of 20", "Grade: 3.8", "Note : 15/20". */
const GRADE = /^(?:\d+(?:[.,]\d+)?\s*(?:of|\/|de|von|sur|di)\s*\d+(?:[.,]\d+)?|(?:grade|note|nota|calificación|média)\s*:.*)$/i;
/** "Activities and societies: …" and its translations are listed under the degree, not in it. */
const ACTIVITIES = /^[^:]{3,40}:\s/;

function entry(school: string, degree: string | null, dates: string | null): Education | null {
  if (!school) return null;
  return { school, degree, ...(dates ? { dates } : {}) };
}

/** Lines [school, degree?, dates?] (ember-2024-b's second school has no degree line). */
function fromLines(lines: string[]): Education | null {
  const [school, second] = lines;
  const dateLine = lines.find((l, i) => i > 0 && isDateLine(l));
  const degree = second && !isDateLine(second) && !GRADE.test(second) && !ACTIVITIES.test(second) ? second : null;
  return entry(school ?? '', degree, dateLine ? beforeDot(dateLine) : null);
}

/** Guest pages print degree, field and grade as separate spans; public-2026-a prints "-" for none. */
function guest(card: Element): (Education | null)[] {
  return publicEntries(card).map((li) => {
    const h4 = li.querySelector('h4');
    const spans = h4 ? Array.from(h4.children).map((el) => textOf(el)) : [];
    const parts = (spans.length > 0 ? spans : [textOf(h4)]).filter((t) => t && !isSeparator(t) && !GRADE.test(t));
    return entry(textOf(li.querySelector('h3')), parts.join(', ') || null, publicDates(li));
  });
}

export function readEducation(card: Element, family: Family): Education[] {
  const rows =
    family === 'ember'
      ? emberEntities(card).map(({ entity }) => fromLines(emberLines(entity)))
      : family === 'sdui'
        ? sduiItems(card).map((item) => fromLines(sduiLines(item)))
        : family === 'public'
          ? guest(card)
          : [];
  return rows.filter((r): r is Education => r !== null);
}
