import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { DashboardPage } from './harness/dashboard-page';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';
import { HOUR, MINUTE, setClock, storedPerson } from './stage-walk';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The calendar day `days` from now on this machine's clock (Chromium runs in the same zone). */
const dayIn = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Every row of the tracker's tables, straight from the extension's IndexedDB (the packs are derived, left out). */
function readAll(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((ok, fail) => {
        const open = indexedDB.open('coffee-chat');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const names = ['people', 'history', 'mentorships'];
          const tx = open.result.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const get = tx.objectStore(n).getAll();
            get.onsuccess = () => (out[n] = get.result as unknown[]);
          }
          tx.oncomplete = () => (open.result.close(), ok(out));
        };
      }),
  );
}

const GOAL_1 = 'Lead the Q2 release';
const GOAL_2 = 'Speak up in design reviews';

// Issue 16 in Chromium, on the test clock: a first chat becomes a mentorship and runs to its natural end.
describe('the mentorship journal', () => {
  const session = useSession();
  const badge = () => session().b.worker.evaluate(() => chrome.action.getBadgeText({}));
  const clock = (days: number) => session().b.worker.evaluate((ms) => chrome.storage.local.set({ 'e2e:clockOffsetMs': ms }), days * DAY);

  it('walks a mentorship: setup, agenda, session, journal, nudges, review, close; export → delete → import', async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    await (await PopupPage.open(b, tabId)).markSent();
    const dash = await DashboardPage.open(b);
    const page = dash.page;
    await dash.openPerson(SAMPLE.person);
    await dash.button('Mark as replied').click();
    // The chat, held, and thanked: the thank-you would otherwise lead every nudge after it.
    // At Replied, scheduling is the one next step, so its form is already open.
    const form = page.getByRole('form', { name: 'Schedule the chat' });
    await form.getByRole('group', { name: 'Suggested times' }).getByRole('button').first().click();
    await form.getByRole('button', { name: 'Save the chat' }).click();
    // Its time passes: "Did your chat happen?" leads, with the held form open.
    await expect.poll(async () => (await storedPerson(page))?.stage).toBe('scheduled');
    const { chat } = (await storedPerson(page))!;
    await setClock(b, chat!.at + chat!.minutes * MINUTE + 5 * HOUR);
    await page.reload();
    await page.getByLabel('What did you take away from the chat?').fill('Write the decision log before the meeting');
    await page.getByRole('button', { name: 'Mark chat as held' }).click();
    await page.getByRole('region', { name: 'Say thank you' }).getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('');

    // 1. Chat held → start the mentorship with a purpose and two goals; the feedback part is skipped.
    await page.getByRole('button', { name: 'Start an ongoing mentorship' }).click();
    const setup = page.getByRole('form', { name: 'Set up the mentorship' });
    await setup.getByLabel('What you hope to gain').fill('Grow into leading a team');
    await setup.getByLabel('What you can offer back').fill('Notes from our payments rewrite');
    await setup.getByRole('button', { name: 'Skip: feedback that helps you' }).click();
    await setup.getByLabel('Goal 1', { exact: true }).fill(GOAL_1);
    await setup.getByLabel('Goal 2', { exact: true }).fill(GOAL_2);
    await setup.getByRole('combobox', { name: 'Goal 2: kind' }).selectOption('personal');
    await setup.getByRole('button', { name: 'Start the mentorship' }).press('Enter');
    const ms = page.getByRole('region', { name: 'Mentorship' });
    await ms.waitFor();
    await expect.poll(() => ms.getByRole('region', { name: 'Purpose' }).textContent()).toContain('Grow into leading a team');
    expect(await ms.getByRole('region', { name: 'Purpose' }).textContent()).toContain('Not set yet');
    expect(await page.getByRole('region', { name: 'Profile' }).textContent()).toContain('Mentoring');

    // 2. The first session's agenda is drafted from the goals.
    const next = ms.getByRole('region', { name: 'Next session' });
    const agenda = next.getByRole('list', { name: 'Agenda' });
    expect(await agenda.textContent()).toContain(`${GOAL_1}: no steps yet`);
    expect(await agenda.textContent()).toContain(`${GOAL_2}: no steps yet`);
    // …recorded with two action items, each tied to a goal and due in 40 days.
    await next.getByRole('button', { name: 'Record the session' }).click();
    const record = page.getByRole('form', { name: 'Record the session' });
    await record.getByLabel('Notes').fill('Talked through how release trains work');
    await record.getByLabel('Feedback you received').fill('Write things down earlier');
    await record.getByLabel('Your takeaways').fill('Keep a decision log');
    await record.getByLabel('Action item 1', { exact: true }).fill('Start a decision log');
    await record.getByLabel('Action item 1: by').fill(dayIn(40));
    await record.getByRole('combobox', { name: 'Action item 1: goal' }).selectOption({ label: GOAL_1 });
    await record.getByLabel('Action item 2', { exact: true }).fill('Ask one question in each review');
    await record.getByLabel('Action item 2: by').fill(dayIn(40));
    await record.getByRole('combobox', { name: 'Action item 2: goal' }).selectOption({ label: GOAL_2 });
    await record.getByRole('button', { name: 'Record the session' }).click();
    await expect.poll(() => ms.getByRole('region', { name: 'Past sessions' }).textContent()).toContain('Keep a decision log');
    await expect.poll(() => ms.getByRole('region', { name: 'Goals' }).textContent()).toContain('0 of 1 step done');
    // The goals and their steps as a CSV (its library loads on the click).
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), ms.getByRole('button', { name: 'Goals and steps (CSV)' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv).toContain(GOAL_1);
    expect(csv).toContain('Ask one question in each review');

    // 3. A journal entry marked "bring this up".
    const journal = ms.getByRole('region', { name: 'Learning journal' });
    await journal.getByLabel('What did you learn or notice?').fill('Froze when the VP joined the review; practise a one-line opener');
    await journal.getByLabel('Bring this up next session').check();
    await journal.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => agenda.textContent()).toContain('From my journal');
    // The review interval can be changed, and the last change undone (the journal goes back as it was).
    await ms.getByRole('combobox', { name: 'Review every' }).selectOption('120');
    await expect.poll(() => ms.locator('header').textContent()).toContain('a review every 120 days');
    await ms.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ms.locator('header').textContent()).toContain('a review every 90 days');
    expect(await agenda.textContent()).toContain('From my journal');

    // 4. A month later, the cadence nudge, with an agenda holding the open action items and the entry.
    // (The first chat was booked a few days ahead: the month counts from the latest contact.)
    await clock(35);
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => dash.dueList.textContent()).toContain(`Catch up with ${SAMPLE.person}?`);
    expect(await dash.dueList.textContent()).toContain('the agenda for your next session is ready');
    await dash.dueList.getByRole('button', { name: `Open draft: Catch up with ${SAMPLE.person}?` }).click();
    const due = page.getByRole('region', { name: 'Mentorship' }).getByRole('list', { name: 'Agenda' });
    await expect.poll(() => due.textContent()).toContain('Action item: Start a decision log');
    const text = (await due.textContent())!;
    expect(text).toContain('Action item: Ask one question in each review');
    expect(text).toContain('From my journal');
    expect(text).toContain('practise a one-line opener');
    // The update ready to send carries the same agenda: the goals' progress and what to bring up.
    const update = page.getByRole('region', { name: 'Mentoring check-in' });
    await expect.poll(() => update.locator('textarea').inputValue()).toContain('Start a decision log');
    const body = await update.locator('textarea').inputValue();
    expect(body).toContain('practise a one-line opener');
    expect(body).toMatch(/here is where my goals stand:\n- .+: (?:one step, not done yet|two steps, neither done yet|\w+ steps, none done yet|\w+ of \w+ steps done|(?:both|all \w+) steps done|its one step done)/);
    await update.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('');

    // 5. The action items' date passes: one gentle nudge, once.
    await clock(41);
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => dash.dueList.textContent()).toContain(`Check on a step from your mentorship with ${SAMPLE.person}?`);
    expect(await dash.dueList.getByRole('listitem').count()).toBe(1);
    await dash.dueList.getByRole('button', { name: /^Open: Check on a step/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Goals' }).textContent()).toContain('was due');
    await page.getByRole('group', { name: 'This reminder' }).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    await clock(50);
    await page.waitForTimeout(1500);
    expect(await badge()).toBe('');

    // 6. The 90-day review: progress against each goal, recorded.
    // Ninety days from the start, which came a few days in, after the first chat was held.
    await clock(96);
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => dash.dueList.textContent()).toContain(`Review your mentorship with ${SAMPLE.person}?`);
    await dash.dueList.getByRole('button', { name: /^Open: Review your mentorship/ }).click();
    const review = page.getByRole('form', { name: 'Periodic review' });
    await expect.poll(() => review.getByRole('table').textContent()).toContain(GOAL_1);
    expect(await review.getByRole('table').textContent()).toContain(GOAL_2);
    expect(await review.textContent()).toContain('Past its date');
    await review.getByLabel('Outcome').fill('Keep both goals; smaller steps for the second');
    await review.getByRole('button', { name: 'Record the review' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Review' }).textContent()).toContain('Keep both goals');

    // 7. Both goals met → the close draft names them.
    for (const [goal, why] of [[GOAL_1, 'I ran the Q2 release'], [GOAL_2, 'I now open every design review']] as const) {
      const card = page.getByRole('region', { name: 'Goals' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: goal }) });
      await card.getByText('Add a step, change the goal, history').click();
      const status = card.getByRole('form', { name: `Change the status of ${goal}` });
      await status.getByRole('combobox', { name: 'New status' }).selectOption('met');
      await status.getByLabel('A line on why').fill(why);
      await status.getByRole('button', { name: 'Update' }).click();
      await expect.poll(() => card.textContent()).toContain(why);
    }
    const end = page.getByRole('region', { name: 'A natural end' });
    const draft = end.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => draft.inputValue()).toMatch(/lead the Q2 release and speak up in design reviews/i);
    expect(await draft.inputValue()).toMatch(/I ran the Q2 release/);
    expect(await draft.inputValue()).toMatch(/stay in touch/);

    // Export → delete → import brings all of it back identical.
    const before = await readAll(page);
    expect(before.mentorships).toHaveLength(1);
    await page.goto(page.url().replace(/#.*$/, '#/data'));
    const download = page.waitForEvent('download');
    await dash.button('Export everything (JSON)').click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).mentorships).toHaveLength(1);
    await dash.button('Delete everything…').click();
    await dash.button('Yes, delete everything').click();
    await expect.poll(() => dash.status.textContent()).toContain('deleted');
    expect((await readAll(page)).mentorships).toEqual([]);
    await page.getByLabel('Import a JSON export').setInputFiles(file);
    // The preview first: nothing changes until the user says Import.
    await page.getByRole('region', { name: 'Import preview' }).waitFor();
    expect((await readAll(page)).mentorships).toEqual([]);
    await dash.button('Import').click();
    await expect.poll(() => dash.status.textContent()).toContain('1 mentorship journal)');
    expect(await readAll(page)).toEqual(before);
  }, 240_000);
});
