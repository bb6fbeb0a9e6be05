import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, localStamp, peopleCsv } from '../../../lib/tracker/csv';
import { exportData, exportFileName, exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
import { addNote } from '../../../lib/tracker/notes';
import { setTags } from '../../../lib/tracker/people';
import { recordSent } from '../../../lib/tracker/record';
import { generate } from './generate';
import { DAY, T0, freshDb, person, seed, storedEvents, storedNotes } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';

describe('export', () => {
  it('writes a versioned envelope without local ids or derived search text', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + DAY });
    const file = await exportData(db, { now: T0 + 2 * DAY, settings: { tier: 'free' } });
    expect(file).toMatchObject({ format: 'coffee-chat', version: 1, exportedAt: '2026-11-24T09:00:00.000Z', settings: { tier: 'free' }, notes: [] });
    expect(file.people[0]).not.toHaveProperty('search');
    expect(file.events[0]).not.toHaveProperty('id');
    expect(Object.keys(await exportData(db, { now: T0 }))).not.toContain('settings');
    expect(exportFileName(T0)).toBe('coffee-chat-2026-11-22.json');
    expect(exportFileName(T0, 'csv')).toBe('coffee-chat-2026-11-22.csv');
  });

  it('CSV for spreadsheets: byte-order mark, human headers and values, local times, notes and tags, formulas escaped; papaparse reads it back', async () => {
    const db = freshDb();
    await person(db, 'marisol-vega', { fullName: '=HYPERLINK("http://evil")', headline: 'Builder, "quoted", multi\nline', about: null });
    await person(db, 'ada', { fullName: '=HYPERLINK("http://evil","x")\nfoo', firstName: 'Ada', headline: '+1 but@home' });
    await person(db, 'lan', { fullName: 'Nguyễn Thị Lan', firstName: 'Lan', headline: 'Kỹ sư' });
    await recordSent(db, URL, { channel: 'connection-note', text: 'Hi', at: T0 + DAY });
    await setTags(db, URL, ['design', 'fintech'], T0);
    await addNote(db, URL, '@mention them first', T0 + DAY + 5 * 60_000);
    await addNote(db, URL, 'Second note', T0 + 2 * DAY);
    const csv = await exportCsv(db);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Excel opens UTF-8 only with the mark: the Vietnamese name survives as bytes too.
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'Name', 'LinkedIn profile', 'Company', 'Headline', 'Location', 'Stage', 'Asked by', 'Invited', 'Asked', 'Check-ins sent',
      'Replied', 'Chat', 'Chat minutes', 'Chat held', 'Thank-you sent', 'Report-back sent', 'Mentorship every (days)', 'Closed',
      'Close reason', 'Tags', 'Notes', 'Last step',
    ]);
    const rows = parsed.data;
    expect(rows).toHaveLength(3);
    const byUrl = (u: string) => rows.find((r) => r['LinkedIn profile'] === u)!;
    // A formula split over lines, as an imported file could carry, is escaped too.
    expect(byUrl('https://www.linkedin.com/in/ada/')).toMatchObject({ Name: `'=HYPERLINK("http://evil","x")\nfoo`, Headline: `'+1 but@home`, Stage: 'Drafted' });
    expect(byUrl('https://www.linkedin.com/in/lan/')).toMatchObject({ Name: 'Nguyễn Thị Lan', Headline: 'Kỹ sư' });
    const local = (ms: number) => {
      const d = new Date(ms);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
    };
    const marisol = byUrl(URL);
    expect(marisol).toMatchObject({
      Name: `'=HYPERLINK("http://evil")`, Company: 'Lumen', Headline: 'Builder, "quoted", multi\nline',
      Stage: 'Asked', 'Asked by': 'Connection note', Asked: local(T0 + DAY), Replied: '', Tags: 'design; fintech', 'Check-ins sent': '0',
      Notes: `${local(T0 + DAY + 5 * 60_000)}: @mention them first\n${local(T0 + 2 * DAY)}: Second note`,
    });
    // A time a spreadsheet reads as a date: "2026-11-23 10:00", no T, no Z, no milliseconds.
    for (const r of rows) for (const k of ['Asked', 'Last step']) expect(r[k]).toMatch(/^$|^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    // No cell starts with what a spreadsheet would run.
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    expect(localStamp(undefined)).toBe('');
    expect(peopleCsv([]).slice(1).split('\r\n')[0]).toMatch(/^Name,LinkedIn profile,Company,Headline,/);
  });
});

describe('round trip', () => {
  it('1,000 people with events and notes: export, import into a fresh tracker, identical data', async () => {
    const src = freshDb();
    const { people, events, notes } = generate(1000);
    await seed(src, { people, events, notes });
    const text = await exportJson(src, { now: T0, settings: { tier: 'premium' } });
    const dst = freshDb();
    const summary = await importData(dst, text);
    expect(summary).toMatchObject({ added: 1000, updated: 0, unchanged: 0, eventsAdded: events.length, notesAdded: 1000, problems: [] });

    // Same data; key order may differ (the import writes records in schema order).
    expect(JSON.parse(await exportJson(dst, { now: T0, settings: { tier: 'premium' } })) as unknown).toStrictEqual(JSON.parse(text));
    const noIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r);
    expect(await dst.people.toArray()).toEqual(await src.people.toArray()); // search text recomputed identically
    expect(noIds(await storedEvents(dst))).toEqual(noIds(await storedEvents(src)));
    expect(noIds(await storedNotes(dst))).toEqual(noIds(await storedNotes(src)));

    const again = await importData(dst, text);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1000, eventsAdded: 0, notesAdded: 0 });
  });
});
