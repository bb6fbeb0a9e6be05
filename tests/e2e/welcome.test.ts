import { describe, expect, it } from 'vitest';
import { extensionUrl } from './harness/browser';
import { useSession } from './harness/session';

// Issue 12: onboarding you can skip and come back to; Save says in words what to fix; leaving with
// unsaved changes asks first.
describe('welcome and settings', () => {
  const session = useSession();

  it('skip and back links, readable validation, and a question before discarding changes', async () => {
    const { b } = session();
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b, 'welcome.html'));
    await page.getByRole('link', { name: /^Skip for now/ }).waitFor();
    expect(await page.getByRole('link', { name: '← Back to Coffee Chat' }).getAttribute('href')).toBe('/dashboard.html');

    const checkIn = page.getByLabel('Gentle check-in after (days)');
    await checkIn.fill('90');
    await page.getByText('Enter a number from 1 to 60.').waitFor();
    expect(await checkIn.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Please fix before saving: Gentle check-in after \(days\): a number from 1 to 60/);

    // Unsaved: leaving asks; declining keeps the page and what was typed.
    let asked = '';
    page.once('dialog', (d) => void ((asked = d.message()), d.dismiss()));
    await page.getByRole('link', { name: '← Back to Coffee Chat' }).click();
    await expect.poll(() => asked).toBe('Discard your unsaved changes?');
    expect(page.url()).toMatch(/welcome\.html$/);
    expect(await checkIn.inputValue()).toBe('90');

    await checkIn.fill('10');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('link', { name: '← Back to Coffee Chat' }).click();
    await page.waitForURL(/dashboard\.html/);
    await page.goto(extensionUrl(b, 'welcome.html'));
    await expect.poll(() => page.getByLabel('Gentle check-in after (days)').inputValue()).toBe('10');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
  });
});
