/** One measurement in bench/results.json: name, unit, median, runs; target when an issue sets one. */
export interface Row {
  name: string;
  unit: 'ms' | 'KB' | 'MB';
  median: number;
  runs: number;
  target?: number;
  /**
   * The same machine's floor for this row, measured in the same run: the least the browser
   * needs for the same data (a blank extension page, a raw Dexie read). Absolute times swing
   * two- to threefold on a busy machine; the ratio median / floor holds still.
   */
  floor?: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
