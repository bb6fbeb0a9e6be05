import { coach } from '../lib/coach';
import { HELD_OUT } from '../tests/unit/coach/labelled/heldout-after-tuning';
import { contextOf } from '../tests/unit/coach/labelled/score';
import { TUNING } from '../tests/unit/coach/labelled/tuning';
import { TUNING_ROUND_2 } from '../tests/unit/coach/labelled/tuning-round2';
import { TUNING_ROUND_3 } from '../tests/unit/coach/labelled/tuning-round3';
import { TUNING_ROUND_4 } from '../tests/unit/coach/labelled/tuning-round4';
import { TUNING_ROUND_5 } from '../tests/unit/coach/labelled/tuning-round5';
import { median, round, type Row } from './rows';

const PASSES = 5;

/**
 * The coach on every hand-labelled message, in Node: each message
 * is coached once per pass with a fresh body (a trailing space differs per pass), so no cache helps;
 * the row is the median over all messages and passes after one warm-up pass.
 */
export function coachRows(): Row[] {
  const set = [...TUNING, ...TUNING_ROUND_2, ...TUNING_ROUND_3, ...TUNING_ROUND_4, ...TUNING_ROUND_5, ...HELD_OUT];
  for (const m of set) coach({ body: m.body }, contextOf(m));
  const times: number[] = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    for (const m of set) {
      const body = m.body + ' '.repeat(pass);
      const t = performance.now();
      coach({ body }, contextOf(m));
      times.push(performance.now() - t);
    }
  }
  return [{ name: `coach, per message (${set.length} labelled messages × ${PASSES})`, unit: 'ms', median: round(median(times), 3), runs: times.length, target: 5 }];
}
