import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { browsersUnderTest, useDriver, type Driver } from './harness/driver';
import { profileUrl } from './harness/session';
import { DashboardView, PopupView } from './harness/views';

/** Every table of the tracker, read with plain IndexedDB from an extension page (no wake of the worker). */
function readTables(d: Driver) {
  return d.inExtension(async () => {
    if (!(await indexedDB.databases()).some((x) => x.name === 'coffee-chat')) return null;
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('coffee-chat');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = (name: string) => new Promise<unknown[]>((ok, no) => {
      const q = db.transaction(name, 'readonly').objectStore(name).getAll();
      q.onsuccess = () => ok(q.result);
      q.onerror = () => no(q.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of ['people', 'history', 'summaries', 'mentorships', 'meta']) out[name] = await all(name);
    db.close();
    return out;
  });
}

// Issue 15 in a real browser: an import previewed before it changes anything, an undoable delete,
// and two dashboards editing one person's tags at once.
describe.each(browsersUnderTest())('data the user can trust, in %s', (browser) => {
  const session = useDriver(browser);
  const scratch = mkdtempSync(join(tmpdir(), 'coffee-chat-trust-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('imports a partly bad file through the preview: nothing changes until confirmed, then only the good records', async () => {
    const { d } = session();
    const { tabId } = await d.openProfileTab(profileUrl(SAMPLE.slug));
    const popup = await PopupView.open(d, tabId);
    await popup.markSent();
    await popup.tab.close();

    const dash = await DashboardView.open(d, '#/data');
    const exported = JSON.parse(readFileSync(await dash.tab.download(() => dash.button('Export everything (JSON)').click()), 'utf8'));
    const amara = exported.people[0];
    // Another computer's file: a new person Lan, plus one impossible (held, no held date) and one dated past what a Date holds.
    const lan = { ...amara, id: 'https://www.linkedin.com/in/nguyen-thi-lan/', slug: 'nguyen-thi-lan', name: 'Nguyễn Thị Lan', tags: ['Hanoi'] };
    const held = { ...amara, id: 'https://www.linkedin.com/in/wei-chen/', slug: 'wei-chen', name: 'Wei Chen', stage: 'held' };
    const far = { ...amara, id: 'https://www.linkedin.com/in/kwame/', slug: 'kwame', name: 'Kwame Mensah', sentAt: 8.7e15 };
    const file = join(scratch, 'partly-bad.json');
    writeFileSync(file, '\uFEFF' + JSON.stringify({ ...exported, people: [...exported.people, lan, held, far], events: exported.events, notes: [] }));
    const before = await readTables(d);

    await dash.tab.getByLabel('Import a JSON export').setInputFiles(file);
    const preview = dash.region('Import preview');
    await expect.poll(() => preview.textContent()).toContain('If imported: 1 added, 0 updated, 1 unchanged');
    const problems = await preview.getByRole('list', { name: 'Problems' }).textContent();
    expect(problems).toContain('person 3 (Wei Chen): stage is held but the chat has no held date');
    expect(problems).toContain('person 4 (Kwame Mensah): sentAt is not a date between 2000 and 2100');
    expect(await readTables(d)).toEqual(before);

    // "Don't import" changes nothing; the same file again, then imported without the two listed.
    await dash.button("Don't import (change nothing)").click();
    await expect.poll(() => dash.status.textContent()).toContain('changed nothing');
    expect(await readTables(d)).toEqual(before);
    await dash.tab.getByLabel('Import a JSON export').setInputFiles(file);
    await dash.button('Import without the 2 records listed').click();
    await expect.poll(() => dash.status.textContent()).toContain('Imported: 1 added, 0 updated, 1 unchanged');
    expect(await dash.status.textContent()).toContain('Left out 2 records: person 3 (Wei Chen)');
    const after = (await readTables(d))!;
    expect((after.people as { name: string }[]).map((p) => p.name).sort()).toEqual([SAMPLE.person, 'Nguyễn Thị Lan'].sort());
    expect(after.summaries).toHaveLength(2);

    // A CSV is refused with a sentence saying what it is.
    const csv = await dash.tab.download(() => dash.button('Export people (CSV)').click());
    expect(readFileSync(csv, 'utf8').charCodeAt(0)).toBe(0xfeff);
    await dash.tab.getByLabel('Import a JSON export').setInputFiles(csv);
    await expect.poll(() => dash.tab.getByRole('alert').textContent()).toMatch(/This is Coffee Chat's CSV .* can't be imported back/);
    await dash.tab.close();
  });

  it('two dashboards editing one person\'s tags at once lose nothing', async () => {
    const { d } = session();
    const [one, two] = [await DashboardView.open(d), await DashboardView.open(d)];
    for (const dash of [one, two]) await dash.openPerson('Nguyễn Thị Lan');
    await one.tab.getByRole('textbox', { name: 'Tags', exact: true }).fill('Hanoi, fintech');
    await two.tab.getByRole('textbox', { name: 'Tags', exact: true }).fill('Hanoi, design');
    await Promise.all([one.button('Save tags').click(), two.button('Save tags').click()]);
    for (const dash of [one, two]) await expect.poll(() => dash.tab.getByRole('textbox', { name: 'Tags', exact: true }).inputValue()).toMatch(/^(?=.*Hanoi)(?=.*fintech)(?=.*design)/);
    const people = (await readTables(d))!.people as { name: string; tags: string[] }[];
    expect(people.find((p) => p.name === 'Nguyễn Thị Lan')!.tags.sort()).toEqual(['Hanoi', 'design', 'fintech']);
    await one.tab.close();
    await two.tab.close();
  });

  it('deletes a person with an "Undo" toast, and the undo brings all of them back', async () => {
    const { d } = session();
    const dash = await DashboardView.open(d);
    await dash.openPerson(SAMPLE.person);
    const before = (await readTables(d))!;
    await dash.button('Delete person').click();
    const toast = dash.tab.getByRole('status', { name: 'Deleted' });
    await expect.poll(() => toast.textContent()).toContain(`Deleted ${SAMPLE.person}`);
    await expect.poll(() => dash.rowFor(SAMPLE.person).count()).toBe(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await dash.tab.getByRole('region', { name: 'Timeline' }).waitFor();
    await expect.poll(() => dash.region('Profile').textContent()).toContain(SAMPLE.person);
    const after = (await readTables(d))!;
    for (const t of ['people', 'history', 'summaries']) expect(after[t]).toEqual(before[t]);
    await dash.tab.close();
  });
});
