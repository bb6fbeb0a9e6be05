import './chrome-types';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { projectRoot } from '../../fixtures-dir';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The test build: the shipped extension plus one host permission (see wxt.config.ts). */
export const E2E_BUILD = resolve(projectRoot, '.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request any page, frame or worker made, as full URLs. */
  requests: string[];
  close(): Promise<void>;
}

export function chromiumArgs(extDir: string, port: number): string[] {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    // www.linkedin.com is our local fixture server; every other host fails to resolve,
    // so nothing can leave the machine even by mistake.
    `--host-resolver-rules=MAP www.linkedin.com:443 127.0.0.1:${port}, MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
  ];
}

export async function launchWithExtension(port: number, opts: { extDir?: string; headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const extDir = opts.extDir ?? E2E_BUILD;
  const userDir = mkdtempSync(join(tmpdir(), 'coffee-chat-profile-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: chromiumArgs(extDir, port),
    viewport: { width: 1100, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r: Request) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The extension's id is the host of its service worker's URL.
  const extensionId = new URL(worker.url()).host;
  return {
    context, extensionId, worker, requests,
    close: async () => {
      await context.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** Opens a LinkedIn URL (served locally) in a new tab and returns the page and its tab id. */
export async function openProfileTab(b: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await b.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, page.url());
  return { page, tabId };
}

export function extensionUrl(b: ExtensionBrowser, path: string): string {
  return `chrome-extension://${b.extensionId}/${path}`;
}
