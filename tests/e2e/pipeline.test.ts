import { describe, expect, it } from 'vitest';
import { DashboardPage } from './harness/dashboard-page';
import { useSession } from './harness/session';
import { crowd } from './crowd';

// Issue 12: a pipeline you can work from. Next-step and due columns, sorting, and filters and
// search kept in the URL, so Back from a person and a reload keep them.
describe('the pipeline', () => {
  const session = useSession();

  it('an empty tracker shows the first steps, not empty filters', async () => {
    const dash = await DashboardPage.open(session().b);
    await dash.page.getByText('No one yet').waitFor();
    expect(await dash.page.getByRole('group', { name: 'Stage' }).count()).toBe(0);
    expect(await dash.page.getByRole('link', { name: 'Tell Coffee Chat about you' }).count()).toBe(1);
  });

  it('keeps filters and search across Back and reload, with each next step and when it is due', async () => {
    const dash = await DashboardPage.open(session().b, '#/data');
    await dash.page.getByLabel('Import a JSON export').setInputFiles({ name: 'crowd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crowd(Date.now()))) });
    // The import previews first and changes nothing until confirmed.
    await expect.poll(() => dash.page.getByRole('region', { name: 'Import preview' }).textContent()).toContain('If imported: 200 added');
    await dash.button('Import').click();
    await expect.poll(() => dash.status.textContent()).toContain('200 added');
    await dash.page.goto(dash.page.url().replace(/#.*$/, '#/'));
    await dash.stageTab('Sent');
    await dash.search('Tomás');
    await expect.poll(() => dash.page.url()).toMatch(/stage=sent/);
    await expect.poll(() => decodeURIComponent(dash.page.url())).toMatch(/q=Tomás/);
    const rows = dash.page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(1 + 8); // header + the eight Tomáses asked 10 days ago
    expect(await rows.nth(1).textContent()).toMatch(/Check in with Tomás.*Now/);

    await dash.page.getByLabel('Sort by').selectOption('name');
    await expect.poll(() => rows.nth(1).getByRole('link').textContent()).toBe('Tomás Ortega');

    await rows.nth(1).getByRole('link').click();
    await dash.page.getByRole('region', { name: 'Timeline' }).waitFor();
    await dash.page.goBack();
    await expect.poll(() => dash.page.getByRole('searchbox', { name: 'Search people' }).inputValue()).toBe('Tomás');
    await expect.poll(() => rows.nth(1).getByRole('link').textContent()).toBe('Tomás Ortega');
    await dash.page.reload();
    await expect.poll(() => dash.page.getByRole('searchbox', { name: 'Search people' }).inputValue()).toBe('Tomás');
    expect(await dash.page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: /^Sent \(/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rows.count()).toBe(9);
  });
});
