import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../demo/sample';
import { openProfileTab } from './harness/browser';
import { PopupPage } from './harness/popup-page';
import { profileUrl, useSession } from './harness/session';

// Issue 10 in Chromium, on the bundled sample: the inline prompt for a sender with no profile, ranked
// openers that stay in place when picked, and typed questions first with suggestions to use.
describe('drafts a busy person answers, in the popup', () => {
  const session = useSession();
  const open = async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    return PopupPage.open(b, tabId);
  };
  const openers = (popup: PopupPage) => popup.page.getByRole('group', { name: 'Open with' }).getByRole('radio');
  const openerLabels = (popup: PopupPage) => popup.page.getByRole('group', { name: 'Open with' }).locator('label').allTextContents();

  it('asks a sender with no profile for name, role and goal before the draft, and uses them', async () => {
    const popup = await open();
    const form = popup.page.getByRole('form', { name: 'About you' });
    await form.waitFor();
    expect(await popup.page.getByRole('note').filter({ hasText: "doesn't say who you are" }).count()).toBe(1);
    // The prompt comes before the draft on the page.
    const formBox = await form.boundingBox();
    const draftBox = await popup.message.boundingBox();
    expect(formBox!.y).toBeLessThan(draftBox!.y);

    await popup.page.getByLabel('Your first name').fill('Priya');
    await popup.page.getByLabel('Your role').fill('Nurse');
    // A goal typed in Spanish would go into the English draft as typed: the field says so, as its description, until it's English.
    const goal = popup.page.getByLabel('Your goal, in one line');
    await goal.fill('quiero pasar a producto digital pero no sé por dónde empezar');
    await expect.poll(() => goal.getAttribute('aria-describedby')).toBe('me-goal-hint');
    expect(await popup.page.locator('#me-goal-hint').textContent()).toMatch(/reads as Spanish.*write it in English/);
    await goal.fill('move into health-tech product work');
    await expect.poll(() => popup.page.locator('#me-goal-hint').count()).toBe(0);
    await popup.button('Use in my drafts').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => popup.draft()).toMatch(/I'm Priya, a nurse/);
    expect(await popup.draft()).toMatch(/health-tech product work/);
    await popup.page.close();

    // Saved to settings: the next popup drafts at once, without asking again.
    const again = await open();
    await expect.poll(() => again.draft()).toMatch(/I'm Priya/);
    expect(await again.page.getByRole('form', { name: 'About you' }).count()).toBe(0);
    await again.page.close();
  });

  it('offers the openers as readable choices, best first, that keep their place when picked', async () => {
    const popup = await open();
    await popup.chooseChannel('Message');
    await openers(popup).first().waitFor();
    const before = await openerLabels(popup);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before[0]).toMatch(/best match/);
    // Enough of the text to choose from: a kind and more than a couple of words.
    for (const label of before) expect(label.length).toBeGreaterThan(12);
    expect(await openers(popup).first().isChecked()).toBe(true);

    const draft = await popup.draft();
    await openers(popup).nth(1).check();
    await expect.poll(() => popup.draft()).not.toBe(draft);
    expect(await openerLabels(popup)).toEqual(before);
    expect(await openers(popup).nth(1).isChecked()).toBe(true);
    // Keyboard: arrow keys move the choice, and the list still doesn't move.
    await openers(popup).nth(1).focus();
    await popup.page.keyboard.press('ArrowDown');
    await expect.poll(() => openers(popup).nth(2).isChecked()).toBe(true);
    expect(await openerLabels(popup)).toEqual(before);
    await popup.page.close();
  });

  it('puts typed questions first and offers the generated ones as editable suggestions', async () => {
    const popup = await open();
    await popup.chooseChannel('Message');
    await popup.page.getByText('Your questions').first().click();
    const box = popup.page.getByLabel('Your own questions, one a line (they come first)');
    await box.fill('How did you choose your first product team');
    await expect.poll(() => popup.draft()).toMatch(/\n- How did you choose your first product team\?\n- /);

    const suggestions = popup.page.getByRole('list', { name: 'Suggested questions' }).getByRole('listitem');
    expect(await suggestions.count()).toBeGreaterThan(0);
    const first = (await suggestions.first().locator('span').textContent()) ?? '';
    await suggestions.first().getByRole('button').click();
    expect(await box.inputValue()).toBe(`How did you choose your first product team\n${first}`);
    // Edited in the box, the suggestion is the user's own question now.
    await box.fill(`How did you choose your first product team\n${first.replace(/\?$/, '')}, in your first year?`);
    await expect.poll(() => popup.draft()).toContain(`- ${first.replace(/\?$/, '')}, in your first year?`);
    const body = await popup.draft();
    expect(body.indexOf('How did you choose your first product team')).toBeLessThan(body.indexOf('in your first year'));
    await popup.page.close();
  });
});

// A fresh browser: the sender has no profile yet, and gives a goal the sample page has nothing on.
describe('a pairing with a poor fit, in the popup', () => {
  const session = useSession();
  const open = async () => {
    const { b } = session();
    const { tabId } = await openProfileTab(b, profileUrl(SAMPLE.slug));
    return PopupPage.open(b, tabId);
  };
  it('says plainly when nothing on their page bears on the goal, without forcing a reason into the draft, and takes the user\'s own', async () => {
    const popup = await open();
    const form = popup.page.getByRole('form', { name: 'About you' });
    await form.waitFor();
    await popup.page.getByLabel('Your first name').fill('Priya');
    await popup.page.getByLabel('Your role').fill('Nurse');
    await popup.page.getByLabel('Your goal, in one line').fill('learn to restore antique violins');
    await popup.button('Use in my drafts').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => popup.draft()).toMatch(/antique violins/);
    const fit = popup.page.getByRole('note').filter({ hasText: 'bears clearly on your goal' });
    await expect.poll(() => fit.count()).toBe(1);
    // The draft itself stays honest: no stand-in reason, and no question that hands the goal to their title.
    expect(await popup.draft()).not.toMatch(/I'd value an? [^.]*'s view|As an? [^,]+, how would you/);

    // Only the user knows why them: their reason goes into the draft, and the note steps aside.
    const why = popup.page.getByLabel(/^Why them\?/);
    await why.fill('you restored violins before moving into engineering');
    // The popup opens on a free connection note: the reason opens it.
    await expect.poll(() => popup.draft()).toMatch(/I'm writing (?:to you )?because you restored violins before moving into engineering\./);
    await expect.poll(() => fit.count()).toBe(0);
    expect(await why.inputValue()).toBe('you restored violins before moving into engineering');
    // Cleared, the note comes back and the draft loses the reason.
    await why.fill('');
    await expect.poll(() => fit.count()).toBe(1);
    await expect.poll(() => popup.draft()).not.toMatch(/I'm writing (?:to you )?because/);
    await popup.page.close();
  });
});
