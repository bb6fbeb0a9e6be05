import Papa from 'papaparse';
import type { Mentorship } from './schema';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const FIELDS = ['mentor', 'goal', 'kind', 'status', 'statusDate', 'statusWhy', 'why', 'step', 'due', 'done', 'doneDate', 'fromSession'];

/**
 * Goals and their steps as a spreadsheet, for people who plan in one: a row per step, and a row for a
 * goal without steps; steps tied to no goal come last. Cells a spreadsheet would run as a formula are escaped.
 */
export function goalsCsv(mentorships: readonly { name: string; mentorship: Mentorship }[]): string {
  const data: (string | number)[][] = [];
  for (const { name, mentorship: m } of mentorships) {
    const sessionDay = new Map(m.sessions.map((s) => [s.id, iso(s.at)]));
    const step = (s: Mentorship['steps'][number]) => [s.text, s.due ?? '', s.done ? 'yes' : 'no', iso(s.doneAt), s.sessionId ? sessionDay.get(s.sessionId) ?? '' : ''];
    for (const g of m.goals) {
      const goal = [name, g.title, g.kind, g.status, iso(g.statusAt), g.statusWhy ?? '', g.why];
      const steps = m.steps.filter((s) => s.goalId === g.id);
      if (steps.length === 0) data.push([...goal, '', '', '', '', '']);
      for (const s of steps) data.push([...goal, ...step(s)]);
    }
    for (const s of m.steps.filter((x) => !x.goalId)) data.push([name, '', '', '', '', '', '', ...step(s)]);
  }
  return Papa.unparse({ fields: FIELDS, data }, { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' });
}
