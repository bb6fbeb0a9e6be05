import type { Settings } from '../settings/schema';
import { resolveZone } from '../schedule/zone';
import type { NudgeIndex, NudgeIndexer } from '../tracker/nudge-index';
import { quietEnd, quietFor } from './quiet';
import { RULES } from './rules';
import type { NudgePerson } from './types';

/**
 * The longest stored window (ms). A bounded stretch of due time (an agenda before its chat, at most
 * 96 hours; a late thank-you once the next chat is booked, at most 7 days) is stored as the starts of
 * chunks this long, so the one holding `now` starts in (now − NUDGE_WINDOW_MS, now].
 */
export const NUDGE_WINDOW_MS = 8 * 86_400_000;

/**
 * What the stored index depends on: the waits, quiet hours and the user's zone (the rules' calendar
 * days and quiet hours). Rows built under one key answer exactly only for settings with the same key.
 */
export function nudgeIndexKey(s: Settings): string {
  return JSON.stringify({ nudges: s.nudges, quiet: s.quietHours, zone: resolveZone(s.timeZone) });
}

/**
 * When this person is due, as a pure function of their data and the settings, for the summaries'
 * indexes (lib/tracker/nudge-index.ts). The engine (engine.ts) shows a nudge of rule r at `now` iff
 * `at' <= now < expiresAt`, where at' is its due moment after snooze and quiet hours (`quietEnd`: a
 * moment in quiet hours counts from their end, which is also the Nudge's dueAt): so the person is due
 * on a union of intervals, and that union is stored:
 * - nudgeAt: the start of its unbounded stretch, if any: due at every moment from then on;
 * - nudgeWindows: its bounded stretches before that, as chunk starts (NUDGE_WINDOW_MS);
 * - nudgeTimes: every moment the person's due state can change (each at' and each expiry), which
 *   bounds from below every moment the engine's nextDueAt can name for them.
 */
export function nudgeIndexOf(p: NudgePerson, s: Settings): NudgeIndex {
  if (p.stage === 'closed') return {};
  const quiet = quietFor(s);
  const { snoozed, dismissed } = p.nudges ?? { snoozed: {}, dismissed: {} };
  const spans: [number, number][] = [];
  const times = new Set<number>();
  for (const rule of RULES) {
    const r = rule(p, s);
    if (r === null) continue;
    if (dismissed[r.kind] === (r.about ?? p.lastStepAt)) continue;
    const until = snoozed[r.kind];
    const raw = until !== undefined && until > r.dueAt ? until : r.dueAt;
    const at = quiet ? quietEnd(quiet, raw) : raw;
    const end = r.expiresAt ?? Infinity;
    if (at >= end) continue; // never shown, never woken for
    spans.push([at, end]);
    times.add(at);
    if (end !== Infinity) times.add(end);
  }
  if (!spans.length) return {};
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: NudgeIndex = { nudgeTimes: [...times].sort((a, b) => a - b) };
  const windows: number[] = [];
  for (const [a, b] of merged) {
    if (b === Infinity) out.nudgeAt = a;
    else for (let t = a; t < b; t += NUDGE_WINDOW_MS) windows.push(t);
  }
  if (windows.length) out.nudgeWindows = windows;
  return out;
}

/** What the database is opened with (lib/shared/tracker-db.ts), so every write indexes its summaries. */
export const NUDGE_INDEXER: NudgeIndexer = { of: nudgeIndexOf, key: nudgeIndexKey };
