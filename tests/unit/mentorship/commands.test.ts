// The journal's edits travel as data to the one command handler (lib/background/commands.ts):
// (a mentorship can start straight from a reply) each op is checked at the border, applied in one write, and the last one can be undone.
import { describe, expect, it } from 'vitest';
import { takeStep } from '../../../lib/background/commands';
import { JournalOpSchema, type JournalOp } from '../../../lib/mentorship/ops';
import type { Mentorship } from '../../../lib/mentorship/schema';
import { CommandSchema } from '../../../lib/shared/commands';
import { getMentorship } from '../../../lib/tracker/mentorship-store';
import { recordReply, recordSent } from '../../../lib/tracker/record';
import { DAY, T0, freshDb, person } from '../tracker/helpers';

const at = T0 + 10 * DAY;

async function mentoring() {
  const db = freshDb();
  const p = await person(db);
  await recordSent(db, p.id, { channel: 'message', text: 'Hi', at: T0 });
  await recordReply(db, p.id, { at: T0 + DAY });
  const ops: JournalOp[] = [
    { type: 'purpose', purpose: { gain: 'Lead a team' } },
    { type: 'add-goal', ids: ['g1'], goal: { kind: 'professional', title: 'Lead the Q2 release' } },
  ];
  await takeStep(db, CommandSchema.parse({ name: 'mentor', personId: p.id, at: T0 + 3 * DAY, cadenceDays: 30, ops }));
  const run = (o: JournalOp[], when = at) => takeStep(db, CommandSchema.parse({ name: 'journal', personId: p.id, at: when, ops: o })) as Promise<Mentorship>;
  return { db, p, run };
}

describe('journal commands', () => {
  it('starting takes the setup in the same write', async () => {
    const { db, p } = await mentoring();
    const m = (await getMentorship(db, p.id))!;
    expect(m).toMatchObject({ purpose: { gain: 'Lead a team' }, setupDone: true, goals: [{ id: 'g1', title: 'Lead the Q2 release' }] });
    expect((await db.people.get(p.id))!.stage).toBe('mentoring');
  });

  it.each<[string, JournalOp[], (m: Mentorship) => unknown, unknown]>([
    ['a step', [{ type: 'add-step', ids: ['s1'], step: { text: 'Shadow the release lead', goalId: 'g1', due: '2027-01-10' } }], (m) => m.steps.map((s) => s.text), ['Shadow the release lead']],
    ['a step done', [{ type: 'add-step', ids: ['s1'], step: { text: 'Shadow' } }, { type: 'step-done', stepId: 's1', done: true }], (m) => m.steps[0]!.done, true],
    ['a goal met', [{ type: 'change-goal', goalId: 'g1', change: { status: 'met', why: 'I ran it' } }], (m) => m.goals[0]!.status, 'met'],
    ['an entry to bring up', [{ type: 'add-entry', ids: ['j1'], entry: { day: '2026-12-01', text: 'Froze in the review', bringUp: true } }], (m) => m.journal.map((j) => j.bringUp), [true]],
    ['something given back', [{ type: 'give-back', ids: ['b1'], item: { day: '2026-12-01', text: 'Our retry write-up' } }], (m) => m.givingBack.length, 1],
    ['a session with two action items', [{
      type: 'record-session', ids: ['x1', 'a1', 'a2'],
      session: { at, minutes: 45, timeZone: 'UTC', agenda: ['Q2'], notes: '', feedback: '', takeaways: 'Log decisions', actionItems: [{ text: 'Start a log' }, { text: 'Ask one question' }] },
    }], (m) => [m.sessions.length, m.steps.map((s) => s.sessionId)], [1, ['x1', 'x1']]],
    ['the review interval', [{ type: 'review-every', days: 60 }], (m) => m.reviewEveryDays, 60],
    ['the setup skipped', [{ type: 'setup-done' }], (m) => m.purpose, { gain: 'Lead a team' }],
  ])('%s', async (_, ops, read, want) => {
    const { run } = await mentoring();
    expect(read(await run(ops))).toEqual(want);
  });

  it.each<[string, unknown]>([
    ['an unknown op', { type: 'rewrite-everything' }],
    ['a review interval of a week', { type: 'review-every', days: 7 }],
    ['a date that is not a day', { type: 'add-entry', ids: ['j'], entry: { day: 'tomorrow', text: 'x', bringUp: false } }],
    ['a restore of something that is not a journal', { type: 'restore', mentorship: { goals: 'all' }, ifUpdatedAt: 1 }],
  ])('refuses %s at the border', (_, op) => {
    expect(JournalOpSchema.safeParse(op).success).toBe(false);
  });

  it('a refused edit changes nothing, and says why', async () => {
    const { db, p, run } = await mentoring();
    const before = await getMentorship(db, p.id);
    await expect(run([{ type: 'add-step', ids: ['s1'], step: { text: 'ok' } }, { type: 'change-goal', goalId: 'gone', change: { status: 'met' } }])).rejects.toThrow(/no longer there/);
    expect(await getMentorship(db, p.id)).toEqual(before);
  });

  it('undo restores the journal as it was, unless it changed since', async () => {
    const { db, p, run } = await mentoring();
    const before = (await getMentorship(db, p.id))!;
    const after = await run([{ type: 'add-entry', ids: ['j1'], entry: { day: '2026-12-01', text: 'A note', bringUp: false } }]);
    const undone = await run([{ type: 'restore', mentorship: before, ifUpdatedAt: after.updatedAt }], at + 1);
    expect(undone.journal).toEqual([]);
    // Something else wrote meanwhile: the stale undo is refused and the newer edit stays.
    const newer = await run([{ type: 'add-entry', ids: ['j2'], entry: { day: '2026-12-02', text: 'Later', bringUp: false } }], at + 2);
    await expect(run([{ type: 'restore', mentorship: before, ifUpdatedAt: after.updatedAt }], at + 3)).rejects.toThrow(/changed since/);
    expect((await getMentorship(db, p.id))!.journal.map((j) => j.id)).toEqual(newer.journal.map((j) => j.id));
  });

  it('the natural end records the close, ends the journal and closes the person, at once', async () => {
    const { db, p } = await mentoring();
    await takeStep(db, CommandSchema.parse({ name: 'end-mentorship', personId: p.id, at, text: { channel: 'message', body: 'Thank you for everything' } }));
    expect(await db.people.get(p.id)).toMatchObject({ stage: 'closed', closedReason: 'goals-met' });
    expect((await getMentorship(db, p.id))!.endedAt).toBe(at);
  });
});
