import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { extensionUrl, openProfileTab } from './harness/browser';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

// Issue 4, ARCHITECTURE.md §1: the welcome page's answers give every draft its purpose.
describe('onboarding', () => {
  const session = useSession();

  it('opens the welcome page on install, and its answers shape the draft', async () => {
    const { b } = session();
    // The install tab can take a few seconds on a loaded 2-core machine: poll for longer than the default second.
    await expect.poll(() => b.context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 20_000 }).toBe(true);
    const welcome = await b.context.newPage();
    await welcome.goto(extensionUrl(b, 'welcome.html'));
    await welcome.getByLabel('Your name').fill('Rin Takahashi');
    await welcome.getByLabel('Your role').fill('Junior designer');
    await welcome.getByLabel('Your organisation').fill('Kestrel Labs');
    await welcome.getByLabel('What I do, in one line').fill('I design booking tools for small clinics');
    await welcome.getByLabel('Short-term goal (6 to 12 months)').fill('lead the design of one product area');
    await welcome.getByLabel("Skills or knowledge I'm missing").fill('design systems, accessibility audits');
    await welcome.getByLabel('Your LinkedIn account').selectOption('premium');
    await welcome.getByRole('button', { name: 'Save' }).click();
    await welcome.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    const popup = await PopupPage.open(b, tabId);
    await popup.draft();
    expect((await popup.count()).limit).toBe(300);
    await popup.chooseChannel('Message');
    await expect.poll(() => popup.draft()).toMatch(/design/i);
    const draft = await popup.draft();
    // Who is writing and what they are working towards.
    expect(draft).toMatch(/I'm Rin Takahashi, a junior designer/);
    expect(draft).toMatch(/lead the design of one product area/);
    expect(await popup.page.getByText('Tell Coffee Chat about you').count()).toBe(0);
  });
});
