import type { Locator, Page } from 'playwright-core';
import { extensionUrl, type ExtensionBrowser } from './browser';

/** The dashboard as a person uses it. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(b: ExtensionBrowser, hash = '#/', page?: Page): Promise<DashboardPage> {
    const p = page ?? (await b.context.newPage());
    await p.goto(extensionUrl(b, `dashboard.html${hash}`));
    return new DashboardPage(p);
  }

  get people(): Locator {
    return this.page.getByRole('table').getByRole('row');
  }
  rowFor(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  async stageTab(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Stage' }).getByRole('button', { name: new RegExp(`^${label} \\(`) }).click();
  }
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search people' }).fill(text);
  }
  async openPerson(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await this.page.getByRole('region', { name: 'Timeline' }).waitFor();
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }
  get dueList(): Locator {
    return this.page.getByRole('region', { name: 'Due now' });
  }
}
