import { describe, expect, it } from 'vitest';
import { addGoal, addJournal, addStep, changeGoal, recordSession, setPurpose, type Mentorship } from '../../../lib/mentorship';
import { loadNudgePeople } from '../../../lib/nudges';
import { ImportError, InvalidInput, deleteEverything, deletePerson, exportData, exportJson, importData, startMentorship, recordChatHeld, recordReply, recordSent, scheduleChat } from '../../../lib/tracker';
import { historyRows } from '../../../lib/tracker/history';
import { editMentorship, getMentorship } from '../../../lib/tracker/mentorship-store';
import { summaryOf } from '../../../lib/tracker/summaries';
import { VERSIONS } from '../../../lib/tracker/versions';

/** Up to v3, the version under test (v4 and later upgrade on top of it: db-upgrade.test.ts). */
const TO_V3 = VERSIONS.filter((v) => v.version <= 3);
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { generate } from './generate';
import { generateMentorships } from '../../../bench/generate-mentorships';
import { MentorshipSchema } from '../../../lib/mentorship';
import { DAY, T0, freshDb, person, snapshot, upgradeFrom } from './helpers';

let n = 0;
const id = () => `id-${++n}`;

/** Someone through a first chat into a mentorship, with a journal: purpose, two goals, a session, an entry. */
async function mentee(db: CoffeeChatDb, slug = 'marisol-vega'): Promise<string> {
  const p = await person(db, slug);
  await recordSent(db, p.id, { channel: 'message', text: 'Hi', at: T0 });
  await recordReply(db, p.id, { at: T0 + DAY });
  await scheduleChat(db, p.id, { at: T0 + 3 * DAY, minutes: 20, timeZone: 'Europe/London', theirTimeZone: 'America/New_York' }, T0 + DAY);
  await recordChatHeld(db, p.id, { at: T0 + 3 * DAY + 3_600_000, takeaways: 'Keep a decision log' });
  await startMentorship(db, p.id, { cadenceDays: 30, at: T0 + 4 * DAY });
  await editMentorship(db, p.id, (m) => {
    let x = setPurpose(m, { gain: 'Lead a team', offer: 'Payments notes' }, T0 + 4 * DAY);
    x = addGoal(x, { kind: 'professional', title: 'Lead the Q2 release' }, T0 + 4 * DAY, id);
    x = addGoal(x, { kind: 'personal', title: 'Speak up in reviews' }, T0 + 4 * DAY, id);
    return addStep(x, { goalId: x.goals[0]!.id, text: 'Shadow the release lead', due: '2026-12-20' }, T0 + 4 * DAY, id);
  }, T0 + 4 * DAY);
  await editMentorship(db, p.id, (m) => recordSession(m, {
    at: T0 + 10 * DAY, minutes: 45, timeZone: 'Europe/London', agenda: ['Update'], notes: 'n', feedback: 'f', takeaways: 't',
    actionItems: [{ text: 'Write a decision log', due: '2027-01-05', goalId: m.goals[0]!.id }, { text: 'Read a book', due: '2027-01-05' }],
  }, T0 + 10 * DAY, id), T0 + 10 * DAY);
  await editMentorship(db, p.id, (m) => addJournal(m, { day: '2026-12-10', text: 'Froze in a review', bringUp: true }, T0 + 18 * DAY, id), T0 + 18 * DAY);
  return p.id;
}

const everything = async (db: CoffeeChatDb) => ({ ...(await snapshot(db)), mentorships: await db.mentorships.toArray() });

describe('the mentorship journal in the database', () => {
  it('v2 → v3 with real data: everyone mentoring gets a journal with their first chat as its first session', async () => {
    const { people, events, notes } = generate(16);
    const mentoring = people.filter((p) => p.mentorship);
    expect(mentoring.length).toBe(2);
    // Seeded as v2 stored them: people, their histories and their summaries.
    const db = await upgradeFrom(2, { people, history: historyRows(events, notes), summaries: people.map(summaryOf) }, TO_V3);
    expect(db.verno).toBe(3);
    const rows = await db.mentorships.toArray();
    expect(rows.map((m) => m.personId).sort()).toEqual(mentoring.map((p) => p.id).sort());
    const first = rows.find((m) => m.personId === mentoring[0]!.id)!;
    expect(first).toMatchObject({ startedAt: mentoring[0]!.mentorship!.startedAt, setupDone: false, goals: [] });
    expect(first.sessions).toEqual([{ id: 'first-chat', at: mentoring[0]!.chat!.at, minutes: 20, timeZone: 'Europe/London', agenda: [], notes: '', feedback: '', takeaways: '' }]);
    // The people keep everything they had, plus the summary the nudges read, which reaches their summaries.
    const after = await db.people.get(mentoring[0]!.id);
    expect({ ...after, journal: undefined }).toEqual({ ...mentoring[0], journal: undefined });
    expect(after!.journal).toMatchObject({ startedAt: mentoring[0]!.mentorship!.startedAt, lastSessionAt: mentoring[0]!.chat!.at, reviewEveryDays: 90 });
    expect((await loadNudgePeople(db)).find((r) => r.id === mentoring[0]!.id)!.journal).toEqual(after!.journal);
    expect((await db.summaries.get(mentoring[0]!.id))!.nudge!.journal).toEqual(after!.journal);
    expect((await db.people.toArray()).filter((p) => p.journal).length).toBe(2);
    // And the journal works on the upgraded data.
    const m = await editMentorship(db, mentoring[0]!.id, (x) => addGoal(x, { kind: 'personal', title: 'Balance' }, T0, id), T0);
    expect(m.goals).toHaveLength(1);
  });

  it('an edit saves the record and the person summary together; bad input writes nothing', async () => {
    const db = freshDb();
    const pid = await mentee(db);
    const m = (await getMentorship(db, pid))!;
    expect(m.steps.filter((s) => s.sessionId)).toHaveLength(2);
    expect((await db.people.get(pid))!.journal).toMatchObject({ lastSessionAt: T0 + 10 * DAY, agendaItems: 3, openDue: ['2026-12-20', '2027-01-05'] });
    const before = await everything(db);
    await expect(editMentorship(db, pid, (x) => addGoal(x, { kind: 'personal', title: '   ' }, T0, id), T0)).rejects.toThrow(InvalidInput);
    await expect(editMentorship(db, pid, (x) => ({ ...x, steps: [...x.steps, { ...x.steps[0]!, due: '20 Dec' }] }), T0)).rejects.toThrow(/due/);
    expect(await everything(db)).toEqual(before);
  });

  it('export → delete everything → import brings it all back identical', async () => {
    const db = freshDb();
    await mentee(db);
    await mentee(db, 'ada-okafor');
    const before = await everything(db);
    const json = await exportJson(db, { now: T0 + 30 * DAY });
    expect(JSON.parse(json).mentorships).toHaveLength(2);
    await deleteEverything(db);
    expect(await db.mentorships.count()).toBe(0);
    const summary = await importData(db, json);
    expect(summary.mentorships).toBe(2);
    expect(await everything(db)).toEqual(before);
    // Again: merged by id, nothing duplicated, nothing changed.
    expect((await importData(db, json)).mentorships).toBe(0);
    expect(await everything(db)).toEqual(before);
  });

  it('an import merges each list by id: what either side added is kept once', async () => {
    const here = freshDb();
    const pid = await mentee(here);
    const file = await exportData(here, { now: T0 + 20 * DAY });
    await editMentorship(here, pid, (m) => addJournal(m, { day: '2026-12-12', text: 'Added here', bringUp: false }, T0 + 21 * DAY, id), T0 + 21 * DAY);
    const theirs = structuredClone(file);
    const mt = theirs.mentorships![0]!;
    theirs.mentorships![0] = { ...changeGoal(mt, mt.goals[0]!.id, { status: 'met', why: 'Ran it' }, T0 + 22 * DAY) };
    await importData(here, theirs);
    const m = (await getMentorship(here, pid))!;
    expect(m.journal.map((j) => j.text)).toEqual(['Froze in a review', 'Added here']);
    expect(m.goals[0]!.status).toBe('met');
    expect(m.goals).toHaveLength(2);
  });

  it.each<[string, (m: Mentorship) => unknown]>([
    ['goals is not a list', (m) => ({ ...m, goals: 'lead the release' })],
    ['a step has no text', (m) => ({ ...m, steps: [{ ...m.steps[0]!, text: '' }] })],
    ['a journal entry has a bad date', (m) => ({ ...m, journal: [{ ...m.journal[0]!, day: 'yesterday' }] })],
    ['a goal has an unknown status', (m) => ({ ...m, goals: [{ ...m.goals[0]!, status: 'finished' }] })],
    ['the record is not an object', () => 'journal'],
  ])('a corrupt journal in the file (%s) changes nothing, and says why', async (_n, corrupt) => {
    const db = freshDb();
    const pid = await mentee(db);
    const file = await exportData(db, { now: T0 + 20 * DAY });
    // The file also brings a new person and a new entry: none of it may arrive.
    await deletePerson(db, pid);
    await mentee(db);
    const before = await everything(db);
    const bad = { ...file, mentorships: [corrupt(file.mentorships![0]!)] };
    const err = await importData(db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/mentorship journal/i);
    expect(await everything(db)).toEqual(before);
  });

  it('a journal whose person is not in the file is a listed problem, left out only when asked; an old file without journals still imports', async () => {
    const db = freshDb();
    await mentee(db);
    const file = await exportData(db, { now: T0 });
    const orphan = { ...file, mentorships: [{ ...file.mentorships![0]!, personId: 'https://www.linkedin.com/in/nobody/' }] };
    const fresh = freshDb();
    await expect(importData(fresh, orphan)).rejects.toThrow(/Nothing was imported: 1 record has a problem/);
    expect(await fresh.people.count()).toBe(0);
    const s = await importData(fresh, orphan, { without: true });
    expect(s.problems).toEqual([{ what: 'mentorship', index: 1, reason: 'mentorship journal 1: its person is not in the file' }]);
    const { mentorships: _none, ...old } = file;
    const older = freshDb();
    expect((await importData(older, old)).added).toBe(1);
    expect(await older.mentorships.count()).toBe(0);
  });

  it("the bench's journals are valid records, and survive an export and import", async () => {
    const { people, events, notes } = generate(40);
    const journals = generateMentorships(people, 3);
    expect(journals.map((m) => [m.goals.length, m.sessions.length, m.journal.length])).toEqual([[3, 12, 20], [3, 12, 20], [3, 12, 20]]);
    for (const m of journals) expect(MentorshipSchema.parse(m)).toEqual(m);
    const db = freshDb();
    await db.transaction('rw', [db.people, db.history, db.mentorships], async () => {
      await db.people.bulkAdd(people);
      await db.history.bulkAdd(historyRows(events, notes));
      await db.mentorships.bulkAdd(journals);
    });
    const json = await exportJson(db, { now: T0 });
    const copy = freshDb();
    expect((await importData(copy, json)).mentorships).toBe(3);
    expect(await copy.mentorships.toArray()).toEqual(await db.mentorships.toArray());
  });

  it('deleting a person deletes their journal', async () => {
    const db = freshDb();
    const pid = await mentee(db);
    await deletePerson(db, pid);
    expect(await db.mentorships.count()).toBe(0);
  });
});
