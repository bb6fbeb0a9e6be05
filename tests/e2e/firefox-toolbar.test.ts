import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../fixtures-dir';
import { SAMPLE } from '../demo/sample';
import { portable, until } from './harness/driver';
import { ACTION_WIDGET, FIREFOX_SHIPPED_BUILD, FIREFOX_UUID, frameScript, launchFirefox, type FirefoxBrowser } from './harness/firefox';
import { pagesIn, startFixtureServer, type FixtureServer } from './harness/server';
import { foreignRequests, profileUrl } from './harness/session';

const dir = fixturesDir();
// The sample and the first real page of each generation (all of them are read in reader.test.ts).
const generations = new Map<string, { slug: string; name: string; fullName: string }>([['sample', { slug: SAMPLE.slug, name: SAMPLE.name, fullName: SAMPLE.person }]]);
for (const p of dir ? pagesIn(dir) : []) {
  const expected = JSON.parse(readFileSync(join(dir!, `${p.name}.expected.json`), 'utf8')) as { generation: string; fullName: string | null };
  if (expected.fullName && !generations.has(expected.generation)) generations.set(expected.generation, { slug: p.slug, name: p.name, fullName: expected.fullName });
}
const POPUP = `document.querySelector('.webextension-popup-browser')`;

// The build users get: no host permission, only activeTab, granted by the toolbar button. Only Firefox
// lets a test press the real button (from the browser's own window, through BiDi), so this is the one
// end-to-end test of the permission path users actually take.
describe('the shipped build in Firefox, through the real toolbar button', () => {
  let fx: FirefoxBrowser;
  let server: FixtureServer;
  let control: Page;
  beforeAll(async () => {
    server = await startFixtureServer([SAMPLE, ...(dir ? pagesIn(dir) : [])]);
    fx = await launchFirefox(server.port, { extDir: FIREFOX_SHIPPED_BUILD });
    control = (await fx.browser.pages())[0]!;
    await fx.navigate(control, `moz-extension://${FIREFOX_UUID}/welcome.html`);
    // Extensions start in the extensions menu; put ours on the toolbar, as a user pins it.
    await fx.chrome(`CustomizableUI.addWidgetToArea(${JSON.stringify(ACTION_WIDGET)}, CustomizableUI.AREA_NAVBAR)`);
  });
  afterAll(async () => {
    await fx?.close();
    await server?.close();
  });

  /** What the extension itself may read of the tab: only after the click does activeTab allow it. */
  const tryToRead = (tabId: number) =>
    control.evaluate(
      portable((id: number) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title }).then((r) => `read: ${String(r[0]?.result)}`, (e: Error) => `refused: ${e.message}`)),
      tabId,
    );

  it.each([...generations.values()])('$name: the popup opens on the click and reads the page, untouched', async ({ slug, name, fullName }) => {
    const page = await fx.browser.newPage();
    await page.goto(profileUrl(slug, name), { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    const url = page.url();
    // Without a host permission the extension isn't even told the tab's address: it is the active tab.
    const [tabId, seenUrl] = await control.evaluate(portable(async () => {
      const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return [t?.id ?? 0, t?.url ?? null] as const;
    }));
    expect(tabId).toBeGreaterThan(0);
    expect(seenUrl).toBeNull();
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await tryToRead(tabId)).toMatch(/^refused: .*permission/i);

    const clicked = await fx.chrome<string>(`(() => {
      const node = CustomizableUI.getWidget(${JSON.stringify(ACTION_WIDGET)}).forWindow(window).node;
      (node.querySelector('.unified-extensions-item-action-button') ?? node).click();
      return gBrowser.selectedBrowser.currentURI.spec;
    })()`);
    expect(clicked).toBe(url);
    const text = await until(
      () => frameScript<string>(fx, POPUP, 'return content.document.body.innerText;'),
      (t) => t.includes(fullName),
      `the popup to show ${fullName}`,
    );
    expect(text).not.toMatch(/could not read/i);
    expect(await tryToRead(tabId)).toMatch(/^read: /);

    await fx.chrome(`${POPUP}?.closest('panel')?.hidePopup()`);
    await until(() => fx.chrome<boolean>(`!!${POPUP}`), (open) => !open, 'the popup to close');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    await page.close();
  });

  it('made no request to any host but the local fixture server', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(fx.requests, FIREFOX_UUID)).toEqual([]);
  });
});
