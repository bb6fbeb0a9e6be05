import { describe, expect, it } from 'vitest';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { ImportError } from '../../../lib/tracker/errors';
import { exportData, exportJson } from '../../../lib/tracker/export';
import { importData, previewImport } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { setTags } from '../../../lib/tracker/people';
import { recordChatHeld, recordReply, recordSent, scheduleChat } from '../../../lib/tracker/record';
import { DAY, T0, freshDb, person } from './helpers';

// Issue 15: a file is read whole and previewed; nothing changes until the user confirms, and a file
// with problems is imported only without its listed records, and only when asked.

const ADA = 'https://www.linkedin.com/in/ada/';
const LAN = 'https://www.linkedin.com/in/nguyen-thi-lan/';

/** Every table, whole: people, histories, summaries, mentorships and meta (the id counter, the bin). */
async function dump(db: CoffeeChatDb) {
  const [people, history, summaries, mentorships, meta] = await Promise.all([
    db.people.toArray(), db.history.toArray(), db.summaries.toArray(), db.mentorships.toArray(), db.meta.toArray(),
  ]);
  return { people, history, summaries, mentorships, meta };
}

/** A tracker with Ada (asked, replied, a note), Marisol (a chat held) and tags. */
async function tracker() {
  const db = freshDb();
  await person(db);
  await person(db, 'ada', { fullName: 'Ada Okafor', firstName: 'Ada' });
  await recordSent(db, ADA, { channel: 'message', text: 'Hi Ada', at: T0 + DAY });
  await recordReply(db, ADA, { at: T0 + 2 * DAY });
  await addNote(db, ADA, 'Met at PyCon', T0 + DAY);
  const marisol = 'https://www.linkedin.com/in/marisol-vega/';
  await recordSent(db, marisol, { channel: 'message', text: 'Hi', at: T0 + DAY });
  await recordReply(db, marisol, { at: T0 + 2 * DAY });
  await scheduleChat(db, marisol, { at: T0 + 5 * DAY, minutes: 20, timeZone: 'Europe/London' }, T0 + 2 * DAY);
  await recordChatHeld(db, marisol, { at: T0 + 5 * DAY + 3_600_000, takeaways: 'Write it down' });
  await setTags(db, ADA, ['design'], T0 + 3 * DAY);
  return db;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file as JSON.parse gives it, spoiled field by field
type File = Record<string, any>;

/** Another computer's export: the same two people plus a new one, Lan, with a step and a note. */
async function otherFile(): Promise<File> {
  const other = await tracker();
  await person(other, 'nguyen-thi-lan', { fullName: 'Nguyễn Thị Lan', firstName: 'Lan' });
  await recordSent(other, LAN, { channel: 'connection-note', text: 'Chào Lan', at: T0 + 6 * DAY });
  await addNote(other, LAN, 'Hanoi fintech', T0 + 6 * DAY);
  return JSON.parse(await exportJson(other, { now: T0 + 7 * DAY }));
}

const who = (f: File, id: string) => f.people.find((p: { id: string }) => p.id === id);
const set = (f: File, id: string, over: Record<string, unknown>) => Object.assign(who(f, id), over);
const drop = (f: File, id: string, key: string) => void delete who(f, id)[key];

/** Partly bad files: some records can't be imported; the rest can, when the user chooses. */
const PARTLY_BAD: [string, (f: File) => void, RegExp][] = [
  ['a time past what a Date holds (8.7e15 ms)', (f) => set(f, LAN, { sentAt: 8.7e15 }), /person \d \(Nguyễn Thị Lan\): sentAt is not a date between 2000 and 2100/],
  ['a negative time', (f) => set(f, LAN, { updatedAt: -5 }), /updatedAt is not a date between 2000 and 2100/],
  ['a fractional time', (f) => set(f, LAN, { lastStepAt: T0 + 1.5 }), /lastStepAt/],
  ['a time in 1970', (f) => set(f, LAN, { createdAt: 5 }), /createdAt is not a date between 2000 and 2100/],
  ['a time as text', (f) => set(f, LAN, { sentAt: '2026-11-23' }), /sentAt is not a date/],
  ['"held" with no held date', (f) => drop(f, 'https://www.linkedin.com/in/marisol-vega/', 'heldAt'), /stage is held but the chat has no held date/],
  ['"mentoring" with no mentorship', (f) => set(f, ADA, { stage: 'mentoring' }), /stage is mentoring but there is no mentorship/],
  ['"closed" with no close date', (f) => set(f, ADA, { stage: 'closed' }), /stage is closed but there is no close date/],
  ['"scheduled" with no chat', (f) => set(f, ADA, { stage: 'scheduled' }), /stage is scheduled but no chat is booked/],
  ['"sent" with no sent date', (f) => drop(f, LAN, 'sentAt'), /stage is sent but their ask has no sent date/],
  ['a stage behind its own step log', (f) => set(f, LAN, { stage: 'drafted', sentAt: undefined, askChannel: undefined }), /stage is drafted but their steps include a sent ask/],
  ['"drafted" with a reply date', (f) => set(f, LAN, { stage: 'drafted', repliedAt: T0 }), /stage is drafted but it has a sent or reply date/],
  ['created after its last change', (f) => set(f, LAN, { createdAt: T0 + 9 * DAY }), /created after its last change/],
  ['an unknown stage', (f) => set(f, LAN, { stage: 'waiting' }), /stage is not one of/],
  ['a person with no profile address', (f) => drop(f, LAN, 'id'), /id \(the profile URL\) is missing/],
  ['a profile address that is not LinkedIn', (f) => set(f, LAN, { id: 'https://example.com/in/lan/' }), /not a LinkedIn profile URL/],
  ['the same person twice', (f) => f.people.push({ ...who(f, LAN) }), /the same person appears earlier in the file/],
  ['a step of an unknown type', (f) => f.events.push({ personId: LAN, type: 'teleported', at: T0 }), /step \d+ \(Nguyễn Thị Lan's\): type is not one of/],
  ['a step far in the future', (f) => f.events.push({ ...f.events.at(-1), at: 4.2e15 }), /step \d+ \(Nguyễn Thị Lan's\): at is not a date between 2000 and 2100/],
  ['a step whose person is not in the file', (f) => f.events.push({ ...f.events[0], personId: 'https://www.linkedin.com/in/nobody/' }), /step \d+: its person is not in the file/],
  ['a note with no text', (f) => f.notes.push({ personId: LAN, at: T0 }), /note \d+ \(Nguyễn Thị Lan's\): text is missing/],
  ['a note dated 3000', (f) => f.notes.push({ personId: LAN, at: Date.UTC(3000, 0, 1), text: 'x' }), /note \d+ \(Nguyễn Thị Lan's\): at is not a date between 2000 and 2100/],
  ['a mentorship journal that is not an object', (f) => (f.mentorships = ['journal']), /mentorship journal 1:/],
  ['a mentorship journal for someone not in the file', (f) => (f.mentorships = [{ personId: 'https://www.linkedin.com/in/nobody/' }]), /mentorship journal 1:/],
  ['a tag too long, a person not a record', (f) => f.people.push('Lan', { ...who(f, ADA), id: 'https://www.linkedin.com/in/wei/', tags: ['x'.repeat(61)] }), /person \d+: the record should be an object/],
];

/** Files that are not exports at all: refused whole, with a plain sentence. */
const NOT_EXPORTS: [string, (good: string) => string, RegExp][] = [
  ['our own CSV', () => '\uFEFFName,LinkedIn profile,Company\r\nAda,https://www.linkedin.com/in/ada/,Arc\r\n', /This is Coffee Chat's CSV.*can't be imported back: Coffee Chat imports only the \.json file/],
  ['another CSV', () => 'first;last;email\nAda;Okafor;a@x\n', /looks like a CSV spreadsheet, not a Coffee Chat export/],
  ['a web page', () => '<!doctype html><html><body>LinkedIn</body></html>', /a web page \(HTML\)/],
  ['a binary file', () => 'PK\u0003\u0004\u0000\u0000zip', /not text/],
  ['cut off half way', (g) => g.slice(0, g.length / 2), /not complete JSON.*cut off/],
  ['whitespace only', () => ' \n\t ', /This file is empty/],
  ['a JSON export of something else', () => JSON.stringify({ format: 'linkedin-connections', people: [] }), /isn't a Coffee Chat export/],
  ['every person unreadable', (g) => JSON.stringify({ ...JSON.parse(g), people: [{ id: 1 }, 'x'] }), /None of the 2 people in this file could be read/],
];

describe('import preview: nothing changes until the user confirms', () => {
  it.each(PARTLY_BAD)('a partly bad file (%s): previewed and refused unchanged; imported without the listed records only when asked', async (_name, spoil, reason) => {
    const file = await otherFile();
    spoil(file);
    const text = JSON.stringify(file);
    const db = await tracker();
    const before = await dump(db);

    const preview = await previewImport(db, text);
    expect(preview.problems.length).toBeGreaterThan(0);
    expect(preview.problems.map((p) => p.reason).join('\n')).toMatch(reason);
    expect(await dump(db)).toEqual(before);
    // Not confirmed "without": refused whole, naming the problems, and every table stays as it was.
    const err = await importData(db, text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^Nothing was imported: \d+ records? (has a problem|have problems)/);
    expect(await dump(db)).toEqual(before);

    // Confirmed: exactly what the preview said, and no listed record arrives.
    const done = await importData(db, text, { without: true });
    expect(done).toMatchObject({ ...preview, problems: preview.problems });
    for (const p of await db.people.toArray()) {
      expect(p.sentAt === undefined || p.sentAt < Date.UTC(2100, 0, 1)).toBe(true);
      expect(['held', 'mentoring', 'closed', 'scheduled'].includes(p.stage) ? p.heldAt ?? p.mentorship ?? p.closedAt ?? p.chat : true).toBeTruthy();
    }
    // Importing the same file again adds nothing and changes nothing.
    const settled = await dump(db);
    const again = await importData(db, text, { without: true });
    expect(again).toMatchObject({ added: 0, updated: 0, eventsAdded: 0, notesAdded: 0, mentorships: 0 });
    expect(await dump(db)).toEqual(settled);
  });

  it.each(NOT_EXPORTS)('not an export (%s): a plain sentence, and nothing changes', async (_name, make, message) => {
    const db = await tracker();
    const good = await exportJson(db, { now: T0 });
    const before = await dump(db);
    for (const attempt of [() => previewImport(db, make(good)), () => importData(db, make(good), { without: true })]) {
      const err = await attempt().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as Error).message).toMatch(message);
      // Never the parser's own words ("Unexpected token … at position 4").
      expect((err as Error).message).not.toMatch(/Unexpected|position \d|JSON\.parse/);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a file that starts with a byte-order mark imports like one without', async () => {
    const file = await otherFile();
    const db = freshDb();
    const preview = await previewImport(db, '\uFEFF' + JSON.stringify(file));
    expect(preview).toMatchObject({ added: 3, problems: [] });
    expect(await importData(db, '\uFEFF' + JSON.stringify(file))).toMatchObject({ added: 3, problems: [] });
  });

  it('the preview counts what the import then does: added, updated, unchanged', async () => {
    const file = await otherFile();
    set(file, ADA, { tags: ['design', 'mentor'], updatedAt: T0 + 8 * DAY });
    const db = await tracker();
    const preview = await previewImport(db, JSON.stringify(file));
    expect(preview).toMatchObject({ added: 1, updated: 1, unchanged: 1, eventsAdded: 1, notesAdded: 1, problems: [] });
    expect(await importData(db, JSON.stringify(file))).toEqual({ ...preview });
  });

  it('an import that adds nothing changes nothing: not even the id counter', async () => {
    const db = await tracker();
    const file = await exportData(db, { now: T0 + 9 * DAY });
    const before = await dump(db);
    expect(await previewImport(db, file)).toMatchObject({ added: 0, updated: 0, unchanged: 2, eventsAdded: 0, notesAdded: 0 });
    await importData(db, file);
    expect(await dump(db)).toEqual(before);
    const empty = freshDb();
    await importData(empty, { ...file, people: [], events: [], notes: [], mentorships: [] });
    expect(await dump(empty)).toEqual({ people: [], history: [], summaries: [], mentorships: [], meta: [] });
  });

  it('a file holding only people with problems is refused whole even when asked to leave them out', async () => {
    const file = await otherFile();
    for (const p of file.people) {
      p.stage = 'held';
      delete p.heldAt;
    }
    const db = await tracker();
    const before = await dump(db);
    await expect(importData(db, JSON.stringify(file), { without: true })).rejects.toThrow(/None of the 3 people in this file could be read: person 1 \(Ada Okafor\): stage is held but/);
    expect(await dump(db)).toEqual(before);
  });
});
