import { summarize, type Mentorship } from '../lib/mentorship';
import type { Person } from '../lib/tracker/schema';

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Issue 16's scale: a mentorship journal for the first `count` people in a mentorship, each with 3 goals
 * (3 steps each), 12 sessions (2 action items each) and 20 journal entries, as if kept for a year.
 * Sets each person's journal summary in place, as the tracker would.
 */
export function generateMentorships(people: Person[], count: number): Mentorship[] {
  const out: Mentorship[] = [];
  for (const p of people) {
    if (out.length >= count) break;
    if (!p.mentorship) continue;
    const t = p.mentorship.startedAt;
    const k = out.length;
    const goals = [0, 1, 2].map((g) => ({
      id: `${k}-g${g}`, kind: g === 2 ? 'personal' as const : 'professional' as const, title: ['Lead the quarterly release', 'Grow my network in data', 'Speak up in reviews'][g]!,
      why: 'Where I want to be next year', status: g === 0 && k % 3 === 0 ? 'met' as const : 'active' as const, statusAt: t, history: [{ at: t, field: 'created' as const, to: 'goal' }], createdAt: t,
    }));
    const steps: Mentorship['steps'] = [];
    goals.forEach((g, gi) => [0, 1, 2].forEach((s) => steps.push({ id: `${k}-g${gi}-s${s}`, text: `Step ${s + 1} towards ${g.title.toLowerCase()}`, due: day(t + (30 + 40 * s) * DAY), done: s === 0, ...(s === 0 ? { doneAt: t + 20 * DAY } : {}), goalId: g.id, createdAt: t })));
    const sessions: Mentorship['sessions'] = [];
    for (let s = 0; s < 12; s++) {
      const at = t + s * 30 * DAY;
      sessions.push({ id: `${k}-s${s}`, at, minutes: 45, timeZone: 'Europe/London', theirTimeZone: 'America/New_York', agenda: ['Personal update', 'Progress on goals', 'Questions'], notes: `Session ${s + 1}: release planning and how to run the go/no-go`, feedback: 'Be specific', takeaways: 'Write the decision down first' });
      for (let a = 0; a < 2; a++) steps.push({ id: `${k}-s${s}-a${a}`, text: `Try experiment ${a + 1} from session ${s + 1}`, due: day(at + 14 * DAY), done: s < 11, ...(s < 11 ? { doneAt: at + 10 * DAY } : {}), goalId: goals[a]!.id, sessionId: `${k}-s${s}`, createdAt: at });
    }
    const journal = Array.from({ length: 20 }, (_, j) => ({ id: `${k}-j${j}`, day: day(t + j * 18 * DAY), text: `Noticed ${j}: what worked in the meeting and what to try next time`, bringUp: j === 19, createdAt: t + j * 18 * DAY }));
    const m: Mentorship = {
      personId: p.id, startedAt: t, purpose: { gain: 'Lead a team', offer: 'Notes from our rewrite', meeting: 'A monthly longer session plus short check-ins', feedback: 'Direct' },
      setupDone: true, goals, steps, sessions, journal, givingBack: [{ id: `${k}-b0`, day: day(t + 40 * DAY), text: 'Shared our write-up', createdAt: t }], reviews: [], reviewEveryDays: 90, updatedAt: t + 360 * DAY,
    };
    p.journal = summarize(m);
    out.push(m);
  }
  return out;
}
