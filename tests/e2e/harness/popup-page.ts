import type { Locator, Page } from 'playwright-core';
import { extensionUrl, type ExtensionBrowser } from './browser';

/** The popup as a person uses it: by role and accessible name, never by selector. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** `popup.html?tab=<id>` targets that tab instead of the active one. */
  static async open(b: ExtensionBrowser, tabId?: number, page?: Page): Promise<PopupPage> {
    const p = page ?? (await b.context.newPage());
    await p.goto(extensionUrl(b, `popup.html${tabId ? `?tab=${tabId}` : ''}`));
    const popup = new PopupPage(p);
    await popup.page.getByRole('status').filter({ hasText: 'Reading the profile' }).waitFor({ state: 'detached' }).catch(() => undefined);
    return popup;
  }

  get name(): Locator {
    return this.page.getByRole('region', { name: 'Profile' }).getByRole('heading', { level: 1 });
  }
  get message(): Locator {
    return this.page.getByRole('textbox', { name: 'Message', exact: true });
  }
  get subject(): Locator {
    return this.page.getByRole('textbox', { name: 'Subject', exact: true });
  }
  get hints(): Locator {
    return this.page.getByRole('list', { name: 'Coach hints' }).getByRole('listitem');
  }
  get problem(): Locator {
    return this.page.getByRole('alert');
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  async draft(): Promise<string> {
    await this.message.waitFor();
    return this.message.inputValue();
  }
  async chooseChannel(label: 'Connection note' | 'Message' | 'InMail' | 'Email'): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }
  async markSent(): Promise<void> {
    await this.button('Mark as sent').click();
    await this.page.getByRole('status').filter({ hasText: 'Marked as sent' }).waitFor();
  }
  /** The "n / limit characters" line under the message box. */
  async count(): Promise<{ length: number; limit: number }> {
    const text = (await this.page.locator('.draft-editor .count').textContent()) ?? '';
    const m = /(\d+) \/ (\d+)/.exec(text);
    return { length: Number(m?.[1]), limit: Number(m?.[2]) };
  }
}
