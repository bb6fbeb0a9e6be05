import type { Locator, Page } from 'playwright-core';
import { SAMPLE } from '../demo/sample';
import type { ExtensionBrowser } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';

/**
 * One person walked through every stage with the e2e build's test clock: the e2e test
 * asserts each stage, the demo (tests/demo/start.ts) photographs it. Page-object helpers for the
 * popup's and the person page's "Next step" live here too.
 */
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const PERSON_ID = `https://www.linkedin.com/in/${SAMPLE.slug}/`;
const A = SAMPLE.firstName;

/** Sets the extension's clock to `at` (absolute ms) through the e2e offset. */
export async function setClock(b: ExtensionBrowser, at: number): Promise<void> {
  await b.worker.evaluate((ms) => chrome.storage.local.set({ 'e2e:clockOffsetMs': ms }), at - Date.now());
}

/** The stored person, read straight from the extension's IndexedDB (from an extension page). */
export function storedPerson(page: Page): Promise<{ stage: string; chat?: { at: number; minutes: number } } | undefined> {
  return page.evaluate(
    (id) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('coffee-chat');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('people').objectStore('people').get(id);
          get.onsuccess = () => ok(get.result);
        };
      }),
    PERSON_ID,
  );
}

export const popupTitle = (p: Page): Locator => p.locator('#next-step-title');
export const pageTitle = (p: Page): Locator => p.locator('#person-next-step');

/** Whether the element is wholly inside the viewport now (no scrolling). */
export async function inViewport(l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const size = l.page().viewportSize();
  return !!box && !!size && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

export interface Ctx {
  b: ExtensionBrowser;
  tabId: number;
  popup: PopupPage;
  dash: DashboardPage;
  /** When the walk started (ms); the chat's start once booked. */
  t0: number;
  chatAt: number;
  chatMinutes: number;
}

export interface Stage {
  name: string;
  /** The extension clock for this stage. */
  at: (c: Ctx) => number;
  title: RegExp;
  /** The draft in the popup's message box, when the step has one. */
  draft?: RegExp;
  /** What the person's timeline shows once the step is recorded (Mark as sent records that step). */
  records?: string;
  /** Leaves the stage: the step the user takes (in the popup unless it says otherwise). */
  act?: (c: Ctx) => Promise<void>;
}

const markSent = async (c: Ctx) => {
  await c.popup.button('Mark as sent').click();
  await c.popup.page.getByRole('status').filter({ hasText: 'Marked as sent' }).waitFor();
};

export const STAGES: Stage[] = [
  { name: 'not-yet-asked', at: (c) => c.t0, title: new RegExp(`^Send ${A} your ask$`), draft: /\b(call|chat)\b/i, records: 'Ask sent', act: markSent },
  { name: 'sent', at: (c) => c.t0 + DAY, title: new RegExp(`^Waiting for ${A}'s reply$`) },
  { name: 'check-in-due', at: (c) => c.t0 + 8 * DAY, title: new RegExp(`^Check in with ${A}$`), draft: /no pressure/i, records: 'Check-in sent', act: markSent },
  {
    name: 'replied', at: (c) => c.t0 + 9 * DAY, title: new RegExp(`^Waiting for ${A}'s reply$`),
    act: async (c) => {
      await c.popup.button('Mark as replied').click();
      await popupTitle(c.popup.page).filter({ hasText: `Schedule the chat with ${A}` }).waitFor();
    },
  },
  {
    // "Next: schedule the chat" opens the form on the person page.
    name: 'schedule', at: (c) => c.t0 + 9 * DAY, title: new RegExp(`^Schedule the chat with ${A}$`),
    act: async (c) => {
      const href = await c.popup.page.getByRole('link', { name: 'Schedule the chat' }).getAttribute('href');
      await c.dash.page.goto(c.dash.page.url().replace(/#.*$/, '') + href!.replace('/dashboard.html', ''));
      await c.dash.page.reload(); // reads the moved clock
      const form = c.dash.page.getByRole('form', { name: 'Schedule the chat' });
      // The last suggestion is two or more days ahead (one a day): the first may be later today, whose agenda is
      // due at once, so "an agenda the day before" would depend on the hour the test runs.
      await form.getByRole('group', { name: 'Suggested times' }).getByRole('button').last().click();
      await form.getByRole('button', { name: 'Save the chat' }).click();
      await pageTitle(c.dash.page).filter({ hasText: 'agenda' }).waitFor();
      const p = await storedPerson(c.dash.page);
      c.chatAt = p!.chat!.at;
      c.chatMinutes = p!.chat!.minutes;
    },
  },
  { name: 'scheduled', at: (c) => c.t0 + 9 * DAY + HOUR, title: new RegExp(`^Send ${A} an agenda the day before$`), draft: /^- /m },
  { name: 'agenda-due', at: (c) => c.chatAt - 20 * HOUR, title: new RegExp(`^Send ${A} an agenda$`), draft: /^- /m, records: 'Agenda sent', act: markSent },
  {
    name: 'chat-time-passed', at: (c) => c.chatAt + c.chatMinutes * MINUTE + 4 * HOUR, title: new RegExp(`^Did your chat with ${A} happen\\?$`),
    act: async (c) => {
      await c.popup.page.getByRole('textbox', { name: 'What did you take away from the chat?' }).fill('Send my manager a weekly one-page report');
      await c.popup.button('Mark the chat as held').click();
      await popupTitle(c.popup.page).filter({ hasText: `Thank ${A}` }).waitFor();
    },
  },
  { name: 'held', at: (c) => c.chatAt + c.chatMinutes * MINUTE + 5 * HOUR, title: new RegExp(`^Thank ${A} for the chat$`), draft: /weekly one-page report/, records: 'Thank-you sent', act: markSent },
  { name: 'thank-you', at: (c) => c.chatAt + 6 * HOUR, title: new RegExp(`^Report back to ${A} in a few weeks$`), draft: /\S/ },
  {
    name: 'report-back', at: (c) => c.chatAt + 58 * DAY, title: new RegExp(`^Report back to ${A}$`), draft: /\S/, records: 'Report-back sent',
    // What the user did goes into the draft in their words ("Following your advice to …, I …").
    act: async (c) => {
      await c.popup.page.getByRole('textbox', { name: 'What did you do with their advice, and what came of it?' }).fill('I sent the first report on Monday and my manager replied with two questions');
      // Polled without vitest: `npm start` walks these stages too.
      const said = /Following your advice[^\n]*, I sent the first report on Monday and my manager replied with two questions\./;
      for (let i = 0; !said.test(await c.popup.message.inputValue()); i++) {
        if (i > 100) throw new Error(`report-back: the draft never took the typed result:\n${await c.popup.message.inputValue()}`);
        await c.popup.page.waitForTimeout(100);
      }
      await markSent(c);
    },
  },
  {
    name: 'keep-in-touch', at: (c) => c.chatAt + 59 * DAY, title: new RegExp(`^Keep in touch with ${A}$`),
    act: async (c) => {
      await c.dash.page.goto(c.dash.page.url().replace(/#.*$/, `#/person/${encodeURIComponent(PERSON_ID)}`));
      await c.dash.page.reload(); // reads the moved clock
      await pageTitle(c.dash.page).filter({ hasText: 'Keep in touch' }).waitFor();
      // Starting a mentorship is the primary step here, so the journal's setup is already open
      // (elsewhere a button opens it); every part of it can be skipped and filled in later.
      const start = c.dash.page.getByRole('button', { name: 'Start the mentorship' });
      if (!(await start.isVisible())) await c.dash.page.getByRole('button', { name: 'Start an ongoing mentorship' }).click();
      await start.click();
      await pageTitle(c.dash.page).filter({ hasText: 'catch-up' }).waitFor();
    },
  },
  { name: 'mentoring', at: (c) => c.chatAt + 60 * DAY, title: new RegExp(`^Next catch-up with ${A}$`), draft: /\S/ },
  { name: 'cadence', at: (c) => c.chatAt + 90 * DAY, title: new RegExp(`^Catch up with ${A}$`), draft: /\S/, records: 'Mentoring check-in sent', act: markSent },
  {
    name: 'closing', at: (c) => c.chatAt + 91 * DAY, title: new RegExp(`^Next catch-up with ${A}$`), draft: /\S/,
    act: async (c) => {
      await c.dash.page.goto(c.dash.page.url().replace(/#.*$/, `#/person/${encodeURIComponent(PERSON_ID)}`));
      await c.dash.page.reload(); // reads the moved clock
      await c.dash.page.getByRole('button', { name: 'Close…' }).click();
      await c.dash.page.getByRole('button', { name: 'Close', exact: true }).click();
      await pageTitle(c.dash.page).filter({ hasText: 'Closed' }).waitFor();
    },
  },
  { name: 'closed', at: (c) => c.chatAt + 92 * DAY, title: new RegExp(`^Closed with ${A}$`) },
];
