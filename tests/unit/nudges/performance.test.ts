// The background recomputes on every alarm and every tracker change, and the popup on every render:
// 10 000 people must take a few milliseconds (the Chromium benchmark adds the IndexedDB query).
import { describe, expect, it } from 'vitest';
import { dueNudges, nextDueAt, planNudges } from '../../../lib/nudges';
import type { Person } from '../../../lib/tracker/schema';
import { DAY, HOUR, T0, person, settings } from './people';

function crowd(count: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < count; i++) {
    const t = T0 - (i % 90) * DAY - (i % 24) * HOUR;
    const chat = { at: t + 3 * DAY, minutes: 20, timeZone: 'Europe/London' };
    const mentorship = { cadenceDays: 30, startedAt: t, lastContactAt: t };
    const states: Partial<Person>[] = [
      { stage: 'sent', sentAt: t }, { stage: 'sent', sentAt: t, checkInsSent: 1, lastCheckInAt: t + 7 * DAY },
      { stage: 'invited', invitedAt: t, acceptedAt: t + DAY }, { stage: 'scheduled', chat },
      { stage: 'held', chat, heldAt: chat.at + HOUR }, { stage: 'held', heldAt: t, thankYouAt: t + HOUR },
      { stage: 'mentoring', mentorship, heldAt: t }, { stage: 'replied', sentAt: t, repliedAt: t },
    ];
    out.push(person({ lastStepAt: t, nudges: { snoozed: i % 7 ? {} : { 'check-in': T0 + DAY }, dismissed: {} }, stage: 'sent', ...states[i % states.length] }));
  }
  return out;
}

function fastest(run: () => unknown, times = 15): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('10 000 people', () => {
  const people = crowd(10_000);
  const plain = settings();
  const quiet = settings({ timeZone: 'Europe/London', quietHours: { enabled: true, start: 21, end: 8 } });
  it.each([
    ['without quiet hours', plain],
    ['with quiet hours (Intl through the per-day offset cache)', quiet],
  ])('dueNudges and nextDueAt stay well under 20 ms %s', (_label, s) => {
    expect(planNudges(people, T0, s).due.length).toBeGreaterThan(1000);
    const due = fastest(() => dueNudges(people, T0, s));
    const next = fastest(() => nextDueAt(people, T0, s));
    console.info(`dueNudges ${due.toFixed(2)} ms, nextDueAt ${next.toFixed(2)} ms`);
    expect(due).toBeLessThan(10);
    expect(next).toBeLessThan(10);
  });
});
