import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../fixtures-dir';
import { E2E_BUILD, launchWithExtension, openProfileTab } from '../e2e/harness/browser';
import { DashboardPage } from '../e2e/harness/dashboard-page';
import { PopupPage } from '../e2e/harness/popup-page';
import { mentorshipTour } from './mentorship-tour';
import { startFixtureServer } from '../e2e/harness/server';
import { PopupPage as Popup } from '../e2e/harness/popup-page';
import { STAGES, popupTitle, setClock, type Ctx } from '../e2e/stage-walk';
import { SAMPLE } from './sample';

/**
 * `npm start`: Chromium with Coffee Chat loaded on the bundled sample profile,
 * served locally at its real LinkedIn address. With `-- --headless`, or with no
 * display, it walks the same tour headless and writes screenshots to demo-output/.
 */
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const server = await startFixtureServer([SAMPLE]);
// The e2e build carries the host permission that lets the popup, opened as a tab, read the page.
let b = await launchWithExtension(server.port, { extDir: E2E_BUILD, headless });
const { page, tabId } = await openProfileTab(b, `https://www.linkedin.com/in/${SAMPLE.slug}/`);
let closePage = () => page.close();

if (!headless) {
  const popup = await PopupPage.open(b, tabId);
  await popup.page.bringToFront();
  console.log(`Coffee Chat is open on the sample profile (${SAMPLE.slug}). Close the browser window or press Ctrl+C to stop.`);
  await new Promise<void>((ok) => b.context.on('close', () => ok()));
} else {
  const out = resolve(projectRoot, 'demo-output');
  mkdirSync(out, { recursive: true });
  const popup = await PopupPage.open(b, tabId);
  await popup.page.setViewportSize({ width: 440, height: 900 });
  await popup.draft();
  const shots = [resolve(out, 'popup.png')];
  await popup.page.screenshot({ path: shots[0], fullPage: true });
  await popup.markSent();
  const dash = await DashboardPage.open(b);
  await dash.rowFor(SAMPLE.person).waitFor();
  shots.push(resolve(out, 'dashboard.png'));
  await dash.page.screenshot({ path: shots.at(-1)!, fullPage: true });
  await dash.openPerson(SAMPLE.person);
  shots.push(resolve(out, 'person.png'));
  await dash.page.screenshot({ path: shots.at(-1)!, fullPage: true });
  // The mentorship page, in both colour schemes.
  await mentorshipTour(dash);
  const ms = dash.page.getByRole('region', { name: 'Mentorship', exact: true });
  for (const scheme of ['light', 'dark'] as const) {
    await dash.page.emulateMedia({ colorScheme: scheme });
    shots.push(resolve(out, `mentorship-${scheme}.png`));
    await ms.screenshot({ path: shots.at(-1) });
  }
  await dash.page.emulateMedia({ colorScheme: 'light' });
  // The popup at each stage of one person's path, light and dark, at the popup's 420 × 600: in a
  // fresh browser, since the tour above took this person straight into a mentorship.
  await b.close();
  b = await launchWithExtension(server.port, { extDir: E2E_BUILD, headless });
  const fresh = await openProfileTab(b, `https://www.linkedin.com/in/${SAMPLE.slug}/`);
  closePage = () => fresh.page.close();
  const stagePage = await b.context.newPage();
  await stagePage.setViewportSize({ width: 420, height: 600 });
  const walkDash = await DashboardPage.open(b);
  const c: Ctx = { b, tabId: fresh.tabId, popup: null as unknown as Popup, dash: walkDash, t0: Date.now(), chatAt: 0, chatMinutes: 0 };
  let n = 0;
  for (const stage of STAGES) {
    await setClock(b, stage.at(c));
    c.popup = await Popup.open(b, fresh.tabId, stagePage);
    await popupTitle(stagePage).filter({ hasText: stage.title }).waitFor({ timeout: 10_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await stagePage.emulateMedia({ colorScheme: scheme });
      const file = resolve(out, `popup-stage-${String(n).padStart(2, '0')}-${stage.name}-${scheme}.png`);
      await stagePage.screenshot({ path: file });
      shots.push(file);
    }
    n++;
    await stagePage.emulateMedia({ colorScheme: 'light' });
    await stage.act?.(c);
  }
  console.log(`Screenshots of the tour:\n${shots.map((s) => `  ${s}`).join('\n')}`);
}

await closePage().catch(() => undefined);
await b.close();
await server.close();
