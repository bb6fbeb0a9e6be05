import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { portable, until, type Driver, type Loc, type Role, type RoleOptions, type Tab } from './driver';

/** A Chromium tab: Playwright's own locators already are `Loc`s. */
export class ChromiumTab implements Tab {
  constructor(readonly page: Page) {}
  getByRole(role: Role, opts?: RoleOptions): Loc {
    return this.page.getByRole(role, opts);
  }
  getByLabel(text: string, opts?: { exact?: boolean }): Loc {
    return this.page.getByLabel(text, opts);
  }
  getByText(text: string | RegExp, opts?: { exact?: boolean }): Loc {
    return this.page.getByText(text, opts);
  }
  locator(css: string): Loc {
    return this.page.locator(css);
  }
  async url(): Promise<string> {
    return this.page.url();
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(portable(fn) as never, arg) as Promise<R>;
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  async download(trigger: () => Promise<void>): Promise<string> {
    const [dl] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    return dl.path();
  }
}

type Version = { versionId: string; scriptURL: string; runningStatus: string };

class ChromiumDriver implements Driver {
  readonly name = 'chromium';
  private readonly versions = new Map<string, Version>();
  private stopsSeen = 0;
  constructor(readonly b: ExtensionBrowser, private readonly control: Page, private readonly cdp: CDPSession) {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
      for (const v of e.versions) {
        if (!v.scriptURL.endsWith('/background.js')) continue;
        if (v.runningStatus === 'stopped' && this.versions.get(v.versionId)?.runningStatus !== 'stopped') this.stopsSeen++;
        this.versions.set(v.versionId, v);
      }
    });
  }
  get extensionId(): string {
    return this.b.extensionId;
  }
  get requests(): string[] {
    return this.b.requests;
  }
  extensionUrl(path: string): string {
    return `chrome-extension://${this.b.extensionId}/${path.replace(/^\//, '')}`;
  }
  async openExtensionPage(path: string): Promise<Tab> {
    const page = await this.b.context.newPage();
    await page.goto(this.extensionUrl(path));
    return new ChromiumTab(page);
  }
  async openProfileTab(url: string): Promise<{ tab: Tab; tabId: number }> {
    const page = await this.b.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const u = page.url();
    const tabId = await this.inExtension(async (want) => (await chrome.tabs.query({})).find((t) => t.url === want)?.id ?? 0, u);
    if (!tabId) throw new Error(`no tab for ${u}`);
    return { tab: new ChromiumTab(page), tabId };
  }
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.control.evaluate(portable(fn) as never, arg) as Promise<R>;
  }
  async backgroundRunning(): Promise<boolean> {
    return [...this.versions.values()].some((v) => v.runningStatus === 'running' || v.runningStatus === 'starting');
  }
  async suspendBackground(): Promise<void> {
    await until(async () => this.versions.size, (n) => n > 0, 'the service worker to be seen');
    const before = this.stopsSeen;
    for (const v of this.versions.values()) if (v.runningStatus !== 'stopped') await this.cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    // An open popup reconnects at once and so wakes it again: what counts is that it stopped.
    await until(async () => this.stopsSeen, (n) => n > before, 'the service worker to stop');
  }
  async listenerCount(tab: Tab): Promise<number> {
    const cdp = await this.b.context.newCDPSession((tab as ChromiumTab).page);
    let total = 0;
    for (const expr of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      total += listeners.length;
    }
    await cdp.detach();
    return total;
  }
  close(): Promise<void> {
    return this.b.close();
  }
}

export async function launchChromiumDriver(port: number): Promise<Driver> {
  const b = await launchWithExtension(port);
  // An extension page of our own to run chrome.* in; the worker itself may be stopped by a test.
  const control = await b.context.newPage();
  await control.goto(`chrome-extension://${b.extensionId}/welcome.html`);
  const cdp = await b.context.newCDPSession(control);
  const d = new ChromiumDriver(b, control, cdp);
  await cdp.send('ServiceWorker.enable');
  return d;
}
