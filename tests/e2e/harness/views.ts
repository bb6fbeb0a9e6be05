import type { Driver, Loc, Tab } from './driver';

/**
 * The popup and the dashboard as a person uses them, in either browser: the same queries as
 * popup-page.ts and dashboard-page.ts (which the Chromium-only tests use), over a `Tab`.
 */
export class PopupView {
  constructor(readonly tab: Tab) {}

  /** `popup.html?tab=<id>` targets that tab instead of the active one. */
  static async open(d: Driver, tabId?: number): Promise<PopupView> {
    const popup = new PopupView(await d.openExtensionPage(`popup.html${tabId ? `?tab=${tabId}` : ''}`));
    await popup.tab.getByRole('status').filter({ hasText: 'Reading the profile' }).waitFor({ state: 'detached' }).catch(() => undefined);
    return popup;
  }
  get profile(): Loc {
    return this.tab.getByRole('region', { name: 'Profile' });
  }
  get name(): Loc {
    return this.profile.getByRole('heading', { level: 1 });
  }
  get message(): Loc {
    return this.tab.getByRole('textbox', { name: 'Message', exact: true });
  }
  get problem(): Loc {
    return this.tab.getByRole('alert');
  }
  button(name: string): Loc {
    return this.tab.getByRole('button', { name, exact: true });
  }
  async draft(): Promise<string> {
    await this.message.waitFor();
    return this.message.inputValue();
  }
  async markSent(): Promise<void> {
    await this.button('Mark as sent').click();
    await this.tab.getByRole('status').filter({ hasText: 'Marked as sent' }).waitFor();
  }
  /** The "n / limit characters" line under the message box. */
  async count(): Promise<{ length: number; limit: number }> {
    const text = (await this.tab.locator('.draft-editor .count').textContent()) ?? '';
    const m = /(\d+) \/ (\d+)/.exec(text);
    return { length: Number(m?.[1]), limit: Number(m?.[2]) };
  }
}

export class DashboardView {
  constructor(readonly tab: Tab) {}

  static async open(d: Driver, hash = '#/'): Promise<DashboardView> {
    return new DashboardView(await d.openExtensionPage(`dashboard.html${hash}`));
  }
  /** A person's row: the one whose text has their name (the Chromium page object matches the link). */
  rowFor(name: string): Loc {
    return this.tab.getByRole('row').filter({ hasText: name });
  }
  button(name: string): Loc {
    return this.tab.getByRole('button', { name, exact: true });
  }
  async stageTab(label: string): Promise<void> {
    await this.tab.getByRole('group', { name: 'Stage' }).getByRole('button', { name: new RegExp(`^${label} \\(`) }).click();
  }
  async openPerson(name: string): Promise<void> {
    await this.tab.getByRole('link', { name, exact: true }).first().click();
    await this.tab.getByRole('region', { name: 'Timeline' }).waitFor();
  }
  /** Another route of the dashboard, in the same tab. */
  async go(hash: string): Promise<void> {
    await this.tab.goto((await this.tab.url()).replace(/#.*$/, '') + hash);
  }
  get status(): Loc {
    return this.tab.getByRole('status');
  }
  region(name: string): Loc {
    return this.tab.getByRole('region', { name });
  }
}
