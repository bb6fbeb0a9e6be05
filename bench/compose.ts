import { performance } from 'node:perf_hooks';
import { composeAsk } from '../lib/compose';
import { CHANNELS } from '../lib/tracker/schema';
import { readFixtures, SENDERS } from '../tests/unit/compose/senders';
import { median, round, type Row } from './rows';

const ROUNDS = 5;

/**
 * Composing, in plain Node (the composer is pure): every shared fixture, read once by the real reader,
 * drafted for every sender and channel, several rounds after a warm-up. Target: under 5 ms a draft.
 */
export function composeRows(): Row[] {
  const people = readFixtures();
  if (!people.length) return [];
  const NOW = Date.UTC(2026, 2, 10, 9, 14);
  const draftAll = () => {
    const times: number[] = [];
    for (const { profile } of people) for (const s of SENDERS) for (const channel of CHANNELS) {
      const t = performance.now();
      composeAsk({ profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
      times.push(performance.now() - t);
    }
    return times;
  };
  draftAll();
  const times = Array.from({ length: ROUNDS }, draftAll).flat();
  const worst = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0;
  return [
    { name: 'compose ms per draft (median)', unit: 'ms', median: round(median(times), 3), runs: times.length, target: 5 },
    // No target: on a shared machine the slowest drafts measure the scheduler as much as the composer.
    { name: 'compose ms per draft (95th percentile)', unit: 'ms', median: round(worst, 3), runs: times.length },
  ];
}
