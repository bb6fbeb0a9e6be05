// Experience: one entry per role. A company with several roles (ember-2024-a's Kiu Multimedia,
// sdui-2026-b's Lumen Media) gives one entry per role, each carrying the company name.
import type { Experience } from './schema';
import { beforeDot } from './clean';
import { textOf } from './dom';
import {
  emberEntities, emberLines, isDateLine, publicDates, publicEntries, sduiItems, sduiLines, sduiSubItems,
} from './entries';
import type { Family } from './selectors';

/** Lines [title, "Company · Full-time"?, "dates · duration"?, location?] → a role. */
function role(lines: string[], groupCompany: string | null): Experience | null {
  const [title, second] = lines;
  if (!title) return null;
  const dateAt = lines.findIndex((l, i) => i > 0 && isDateLine(l));
  const company = groupCompany ?? (second && dateAt !== 1 ? beforeDot(second) : '');
  const dates = dateAt > 0 ? beforeDot(lines[dateAt] ?? '') : null;
  const where = dateAt > 0 ? lines[dateAt + 1] : undefined;
  const location = where && !isDateLine(where) ? beforeDot(where) : '';
  return { title, company, dates, ...(location ? { location } : {}) };
}

function ember(card: Element): (Experience | null)[] {
  return emberEntities(card).flatMap(({ entity, nested }) => {
    if (nested.length === 0) return [role(emberLines(entity), null)];
    const company = emberLines(entity)[0] ?? '';
    return nested.map((n) => role(emberLines(n), company));
  });
}

function sdui(card: Element): (Experience | null)[] {
  return sduiItems(card).flatMap((item) => {
    const subs = sduiSubItems(item);
    if (subs.length === 0) return [role(sduiLines(item), null)];
    const company = sduiLines(item)[0] ?? '';
    return subs.map((li) => role(sduiLines(li), company));
  });
}

/** Guest pages: h3 title, h4 company (each grouped role repeats it; public-2024-a's "MC Televisión"). */
function guest(card: Element): (Experience | null)[] {
  return publicEntries(card).map((li) => {
    const group = li.parentElement?.closest('li');
    const company = textOf(li.querySelector('h4')) || textOf(group?.querySelector('h4'));
    const dates = publicDates(li);
    return role([textOf(li.querySelector('h3')), company, ...(dates ? [dates] : [])], company);
  });
}

export function readExperience(card: Element, family: Family): Experience[] {
  const rows = family === 'ember' ? ember(card) : family === 'sdui' ? sdui(card) : family === 'public' ? guest(card) : [];
  return rows.filter((r): r is Experience => r !== null);
}
