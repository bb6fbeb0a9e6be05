/** One measurement in bench/results.json (issue 2): name, unit, median, runs; target when an issue sets one. */
export interface Row {
  name: string;
  unit: 'ms' | 'KB' | 'MB';
  median: number;
  runs: number;
  target?: number;
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
