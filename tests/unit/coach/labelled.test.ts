import { describe, expect, it } from 'vitest';
import { HELD_OUT } from './labelled/heldout-after-tuning';
import { precision, recall, score, table } from './labelled/score';
import { TUNING } from './labelled/tuning';
import { TUNING_ROUND_2 } from './labelled/tuning-round2';
import { TUNING_ROUND_3 } from './labelled/tuning-round3';
import { TUNING_ROUND_4 } from './labelled/tuning-round4';
import { TUNING_ROUND_5 } from './labelled/tuning-round5';
import { MEASURED_SUGGESTIONS, PROBLEM_RULES } from './labelled/types';

/**
 * The coach against hand-labelled messages: problems precision ≥ 95% and recall ≥ 90%
 * overall, and suggestions (favour asks, idioms, flattery) caught in ≥ 80% of their cases, on the
 * tuning set and, separately, on the set written after the rules were done.
 */
describe.each([
  ['tuning set', [...TUNING, ...TUNING_ROUND_2, ...TUNING_ROUND_3, ...TUNING_ROUND_4, ...TUNING_ROUND_5], 150],
  ['written after tuning (hold-out)', HELD_OUT, 40],
])('the labelled messages: %s', (name, set, size) => {
  const s = score(set);
  it(`has at least ${size} messages covering every rule`, () => {
    expect(set.length).toBeGreaterThanOrEqual(size);
    for (const r of [...PROBLEM_RULES, ...MEASURED_SUGGESTIONS]) expect(set.some((m) => [...m.problems, ...(m.suggests ?? [])].includes(r)), r).toBe(true);
    expect(set.filter((m) => m.problems.length === 0).length).toBeGreaterThanOrEqual(size / 5);
  });
  it('meets the thresholds (table printed)', () => {
    console.info(`${table(`coach on the ${name} (${set.length} messages)`, s)}\n${s.misses.join('\n')}`);
    expect(precision(s.problems)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.problems)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.suggestions)).toBeGreaterThanOrEqual(0.8);
  });
});
