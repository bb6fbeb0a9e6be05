import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, peopleCsv } from '../../../lib/tracker/csv';
import { exportData, exportFileName, exportJson } from '../../../lib/tracker/export';
import { importData } from '../../../lib/tracker/import';
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

  it('CSV: one row per person with ISO dates, tags joined, formulas escaped', async () => {
    const db = freshDb();
    await person(db, 'marisol-vega', { fullName: '=HYPERLINK("http://evil")', headline: 'Builder, "quoted", multi\nline', about: null });
    await person(db, 'ada', { fullName: '=HYPERLINK("http://evil","x")\nfoo', firstName: 'Ada', headline: '+1 but@home' });
    await recordSent(db, URL, { channel: 'connection-note', text: 'Hi', at: T0 + DAY });
    await setTags(db, URL, ['design', 'fintech'], T0);
    const rows = Papa.parse<Record<string, string>>(await exportCsv(db), { header: true }).data;
    expect(rows).toHaveLength(2);
    // A formula split over lines, as an imported file could carry, is escaped too.
    const byUrl = (u: string) => rows.find((r) => r.url === u);
    expect(byUrl('https://www.linkedin.com/in/ada/')).toMatchObject({ name: `'=HYPERLINK("http://evil","x")\nfoo`, headline: `'+1 but@home` });
    expect(byUrl(URL)).toMatchObject({
      name: `'=HYPERLINK("http://evil")`, url: URL, company: 'Lumen', headline: 'Builder, "quoted", multi\nline',
      stage: 'sent', channel: 'connection-note', sentAt: '2026-11-23T09:00:00.000Z', repliedAt: '', tags: 'design; fintech', checkInsSent: '0',
    });
    expect(peopleCsv([]).split('\r\n')[0]).toMatch(/^name,url,company,headline,/);
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
