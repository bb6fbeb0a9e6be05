import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../lib/tracker/errors';
import { exportData, exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { setTags } from '../../../lib/tracker/people';
import { close, recordReply, recordSent } from '../../../lib/tracker/record';
import { undoLast } from '../../../lib/tracker/undo';
import { DAY, T0, freshDb, person, snapshot, storedEvents, storedNotes } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';
const ADA = 'https://www.linkedin.com/in/ada/';

async function sample() {
  const db = freshDb();
  await person(db);
  await person(db, 'ada', { fullName: 'Ada Okafor', firstName: 'Ada' });
  await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
  await recordReply(db, URL, { at: T0 + 2 * DAY });
  await addNote(db, ADA, 'Met at PyCon', T0 + DAY);
  return db;
}
const fileOf = async (db: Awaited<ReturnType<typeof sample>>) => JSON.parse(await exportJson(db, { now: T0 + 3 * DAY, settings: { tier: 'premium' } }));

describe('import: good files', () => {
  it('adds everything to an empty tracker and returns the settings', async () => {
    const file = await fileOf(await sample());
    const db = freshDb();
    const s = await importData(db, JSON.stringify(file));
    expect(s).toEqual({ added: 2, updated: 0, unchanged: 0, eventsAdded: 2, notesAdded: 1, mentorships: 0, problems: [], merged: [], settings: { tier: 'premium' } });
    expect((await db.people.get(ADA))!.search).toContain('pycon');
  });
  it('importing the same file again changes nothing', async () => {
    const src = await sample();
    const file = await fileOf(src);
    const before = await snapshot(src);
    const s = await importData(src, file);
    expect(s).toMatchObject({ added: 0, updated: 0, unchanged: 2, eventsAdded: 0, notesAdded: 0 });
    expect(await snapshot(src)).toEqual(before);
  });
  it('merges by profile URL: the later-edited copy wins, tags unite, new events and notes are added', async () => {
    const src = await sample();
    const file = await fileOf(src);
    const here = freshDb();
    await person(here); // same Marisol, still "drafted", edited earlier
    await setTags(here, URL, ['local'], T0);
    await addNote(here, URL, 'Local note', T0);
    const marisol = file.people.find((p: { id: string }) => p.id === URL);
    marisol.tags = ['from-file'];
    marisol.id = 'https://uk.linkedin.com/in/Marisol-Vega?trk=x';
    const s = await importData(here, file);
    expect(s).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    const p = (await here.people.get(URL))!;
    expect(p.stage).toBe('replied');
    expect(p.tags.sort()).toEqual(['from-file', 'local']);
    expect(await here.people.count()).toBe(2);
    expect((await storedNotes(here)).filter((n) => n.personId === URL).map((n) => n.text)).toEqual(['Local note']);
    expect(p.search).toContain('local note');
  });
  it('keeps the local profile when it was edited later, and takes the steps the file adds', async () => {
    const file = await fileOf(await sample());
    const here = freshDb();
    await person(here, 'marisol-vega', { headline: 'Principal engineer at Lumen' }, T0 + 30 * DAY);
    await importData(here, file);
    const p = (await here.people.get(URL))!;
    expect(p.profile.headline).toBe('Principal engineer at Lumen');
    expect([p.stage, p.sentAt, p.repliedAt]).toEqual(['replied', T0 + DAY, T0 + 2 * DAY]);
    expect((await storedEvents(here)).filter((e) => e.personId === URL)).toHaveLength(2);
  });

  it('a stale copy edited later (a tag) never rolls back steps taken here', async () => {
    const a = freshDb();
    await person(a);
    await recordSent(a, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
    const b = freshDb();
    await importData(b, JSON.parse(await exportJson(a, { now: T0 + DAY })));
    await setTags(b, URL, ['design'], T0 + 5 * DAY);
    await recordReply(a, URL, { at: T0 + 3 * DAY });
    const s = await importData(a, JSON.parse(await exportJson(b, { now: T0 + 5 * DAY })));
    const p = (await a.people.get(URL))!;
    expect([p.stage, p.repliedAt, p.tags]).toEqual(['replied', T0 + 3 * DAY, ['design']]);
    expect(s).toMatchObject({ updated: 1, merged: [] });
  });

  it('two copies that each took a step: a reply on one outranks a check-in sent on the other', async () => {
    const a = freshDb();
    await person(a);
    await recordSent(a, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
    const b = freshDb();
    await importData(b, JSON.parse(await exportJson(a, { now: T0 + DAY })));
    await recordReply(a, URL, { at: T0 + 2 * DAY });
    await recordSent(b, URL, { channel: 'message', text: 'Checking in', at: T0 + 8 * DAY, kind: 'check-in' });
    await importData(a, JSON.parse(await exportJson(b, { now: T0 + 8 * DAY })));
    const p = (await a.people.get(URL))!;
    expect([p.stage, p.repliedAt]).toEqual(['replied', T0 + 2 * DAY]);
  });

  it('keeps two steps of one type at one instant that differ (a thank-you and a report-back in one tick)', async () => {
    const file = await fileOf(await sample());
    const sent = file.events.find((e: { type: string }) => e.type === 'sent');
    const twin = { ...sent, sentKind: 'report-back', text: 'What I did with your advice' };
    file.events.push(twin);
    const here = freshDb();
    expect((await importData(here, file)).eventsAdded).toBe(file.events.length);
    expect((await importData(here, file)).eventsAdded).toBe(0);
  });
});

describe('import: step logs that grew apart, and undo', () => {
  it('continues a log the file extends: the last imported step can be undone', async () => {
    const src = freshDb();
    await person(src);
    await recordSent(src, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
    const older = JSON.parse(await exportJson(src, { now: T0 + DAY }));
    await recordReply(src, URL, { at: T0 + 2 * DAY });
    const here = freshDb();
    await importData(here, older);
    expect((await importData(here, await fileOf(src))).merged).toEqual([]);
    expect((await undoLast(here, URL)).person.stage).toBe('sent');
  });

  it('interleaves two copies that each took their own steps by time, and refuses to undo behind the merge', async () => {
    const file = await fileOf(await sample()); // Marisol: ask on day 1, reply on day 2
    const here = freshDb();
    await person(here);
    await recordSent(here, URL, { channel: 'message', text: 'Hi', at: T0 + DAY }); // the same ask
    await recordSent(here, URL, { channel: 'message', text: 'Checking in', at: T0 + 1.5 * DAY, kind: 'check-in' }); // only here
    const summary = await importData(here, file);
    expect(summary.merged).toEqual([{ id: URL, name: 'Marisol' }]);
    const log = (await storedEvents(here)).filter((e) => e.personId === URL);
    expect(log.map((e) => [e.type, e.at])).toEqual([['sent', T0 + DAY], ['sent', T0 + 1.5 * DAY], ['replied', T0 + 2 * DAY]]);
    // Ids still ascend along the log, so an export lists the steps as they happened.
    expect(log.map((e) => e.id)).toEqual([...log.map((e) => e.id)].sort((a, b) => a! - b!));
    expect((await here.people.get(URL))!.stage).toBe('replied'); // the copy edited last wins

    const before = await snapshot(here);
    await expect(undoLast(here, URL)).rejects.toThrow("An import merged Marisol's history with the steps of another copy");
    expect(await snapshot(here)).toEqual(before);

    // A step taken after the import is the user's own, and undoes as usual; behind it, no further.
    await close(here, URL, { reason: 'goals-met', at: T0 + 3 * DAY });
    expect((await undoLast(here, URL)).person.stage).toBe('replied');
    await expect(undoLast(here, URL)).rejects.toThrow("steps from before that import can't be undone");
  });
});

describe('import: a file with problems is refused whole, or imported without the listed records when asked', () => {
  it('lists bad people with 1-based reasons and their names; their steps and notes go with them', async () => {
    const file = await fileOf(await sample());
    file.people[0].sentAt = 'yesterday';
    delete file.people[1].id;
    file.people.push({ ...file.people[1], id: 'https://www.linkedin.com/in/wei/', stage: 'waiting' }, { ...file.people[1], id: 'https://www.linkedin.com/in/kwame/' });
    file.events.push({ personId: ADA, type: 'teleported', at: T0 });
    const db = freshDb();
    const before = await snapshot(db);
    await expect(importData(db, file)).rejects.toThrow(/^Nothing was imported: 6 records have problems/);
    expect(await snapshot(db)).toEqual(before);
    const s = await importData(db, file, { without: true });
    expect(s.added).toBe(1);
    expect(s.problems.map((k) => k.reason)).toEqual([
      // Exports list people by profile address: Ada first. Marisol's id is gone, so her steps can't be tied to her.
      'person 1 (Ada Okafor): sentAt is not a date (left out with their 1 note)',
      'person 2 (Marisol Vega): id (the profile URL) is missing',
      'person 3 (Marisol Vega): stage is not one of drafted, invited, sent, replied, scheduled, held, mentoring, closed',
      'step 1: its person is not in the file',
      'step 2: its person is not in the file',
      'step 3: type is not one of drafted, invited, accepted, sent, replied, chat-scheduled, chat-held, mentorship-started',
    ]);
    expect(s.problems[0]).toMatchObject({ what: 'person', index: 1 });
    expect(await db.people.toCollection().primaryKeys()).toEqual(['https://www.linkedin.com/in/kwame/']);
  });
  it('lists a second copy of the same person in one file', async () => {
    const file = await fileOf(await sample());
    file.people.push({ ...file.people[0], id: URL.toUpperCase().replace('HTTPS://WWW.LINKEDIN.COM', 'https://www.linkedin.com') });
    const s = await importData(freshDb(), file, { without: true });
    expect(s.problems).toEqual([{ what: 'person', index: 3, reason: 'person 3 (Ada Okafor): the same person appears earlier in the file (person 2)' }]);
  });
});

describe('import: corrupt files fail whole, with a readable message, and change nothing', () => {
  const junk = 'x{"a":'.repeat(900_000);
  const cases: [string, (good: string) => unknown, RegExp][] = [
    ['truncated JSON', (g) => g.slice(0, g.length / 2), /not complete JSON: the JSON stops early or is broken, so it may be cut off/],
    ['5 MB of junk', () => junk, /not JSON, so not a Coffee Chat export/],
    ['an empty file', () => '', /^This file is empty: Coffee Chat imports only the .json file/],
    ['a JSON list', () => '[1,2]', /expected a Coffee Chat export \(a JSON object\), found a list/],
    ['a number', () => '42', /not JSON, so not a Coffee Chat export/],
    ['null', () => 'null', /not JSON, so not a Coffee Chat export/],
    ['another format', (g) => JSON.stringify({ ...JSON.parse(g), format: 'linkedin' }), /isn't a Coffee Chat export: its "format" is not "coffee-chat"/],
    ['a newer version', (g) => JSON.stringify({ ...JSON.parse(g), version: 2 }), /newer Coffee Chat \(file version 2\)/],
    ['version "1"', (g) => JSON.stringify({ ...JSON.parse(g), version: '1' }), /version/],
    ['people not a list', (g) => JSON.stringify({ ...JSON.parse(g), people: {} }), /people should be a list/],
    ['no events list', (g) => { const f = JSON.parse(g); delete f.events; return JSON.stringify(f); }, /events is missing/],
    ['every person garbage', (g) => JSON.stringify({ ...JSON.parse(g), people: [{ id: 1 }, 'x', { id: URL, sentAt: 'soon' }] }), /None of the 3 people in this file could be read: person 1: id \(the profile URL\) should be a string/],
    ['a parsed non-object', () => 7, /found a number/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const db = await sample();
    const good = await exportJson(db, { now: T0 });
    const before = await snapshot(db);
    const err = await importData(db, make(good)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(/^This |^None of/);
    expect((err as ImportError).message).toMatch(message);
    expect((err as ImportError).problems.length).toBeLessThanOrEqual(5);
    expect((err as ImportError).message.length).toBeLessThan(600);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names at most five problems', async () => {
    const file = await exportData(await sample(), { now: T0 });
    const bad = { ...file, people: Array.from({ length: 20 }, () => ({ id: 'nope' })) };
    const err = (await importData(freshDb(), bad).catch((e: unknown) => e)) as ImportError;
    expect(err.problems).toHaveLength(5);
  });
});
