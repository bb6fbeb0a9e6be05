import { coach } from '../../../../lib/coach';
import { MEASURED_SUGGESTIONS, PROBLEM_RULES, type Labelled } from './types';

export interface Tally { tp: number; fp: number; fn: number }
export interface Score {
  rules: Record<string, Tally>;
  problems: Tally;
  suggestions: Tally;
  misses: string[];
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (t: Tally) => pct(t.tp, t.tp + t.fp);
export const recall = (t: Tally) => pct(t.tp, t.tp + t.fn);

/** The context a labelled message is coached with: a first ask by message to `to` unless it says otherwise. */
export function contextOf(m: Labelled) {
  const full = m.to === undefined ? 'Anna Berg' : m.to;
  return { channel: 'message' as const, firstName: full?.split(' ')[0] ?? null, fullName: full, ...m.ctx };
}

/** Per rule and overall: a true positive is a labelled rule the coach raised on that message. */
export function score(set: readonly Labelled[]): Score {
  const rules: Record<string, Tally> = {};
  const misses: string[] = [];
  for (const r of [...PROBLEM_RULES, ...MEASURED_SUGGESTIONS]) rules[r] = { tp: 0, fp: 0, fn: 0 };
  for (const m of set) {
    const raised = new Set(coach({ body: m.body }, contextOf(m)).map((h) => h.rule));
    const wanted = new Set([...m.problems, ...(m.suggests ?? [])]);
    for (const [r, t] of Object.entries(rules)) {
      if (raised.has(r) && wanted.has(r)) t.tp++;
      else if (raised.has(r)) {
        t.fp++;
        misses.push(`FP ${r}: ${m.note}`);
      } else if (wanted.has(r)) {
        t.fn++;
        misses.push(`FN ${r}: ${m.note}`);
      }
    }
  }
  const sum = (ids: readonly string[]) => ids.reduce((a, r) => ({ tp: a.tp + rules[r]!.tp, fp: a.fp + rules[r]!.fp, fn: a.fn + rules[r]!.fn }), { tp: 0, fp: 0, fn: 0 });
  return { rules, problems: sum(PROBLEM_RULES), suggestions: sum(MEASURED_SUGGESTIONS), misses };
}

export function table(title: string, s: Score): string {
  const f = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, t: Tally) => `${name.padEnd(22)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${f(precision(t))} ${f(recall(t))}`;
  return [
    title, `${'rule'.padEnd(22)}   tp   fp   fn  precis  recall`,
    ...Object.entries(s.rules).map(([r, t]) => row(r, t)),
    row('ALL PROBLEMS', s.problems), row('ALL SUGGESTIONS', s.suggestions),
  ].join('\n');
}
