// The popup's first questions (components/popup/first-questions.ts): asked as soon as the tab's address is
// known, and the scratch read handed to the popup once, for that profile only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askFirstQuestions, firstSettings, scratchFor } from '../../../components/popup/first-questions';
import { saveSettings } from '../../../lib/shared/settings-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { saveWorkingDraft } from '../../../lib/shared/working-drafts';

const URL_A = 'https://www.linkedin.com/in/marisol-vega/';
const draft = { channel: 'message' as const, hookId: null, body: 'Hi Marisol, my own words', edited: true };
const tab = (url: string | null) => ({ tab: Promise.resolve(url ? { id: 7, url } : null), reading: Promise.resolve(null) });

describe("the popup's first questions", () => {
  beforeEach(() => fakeBrowser.reset());

  it('begins the scratch read from the tab address (any form of it) and hands it over once', async () => {
    await saveWorkingDraft(URL_A, draft);
    askFirstQuestions(tab('https://de.linkedin.com/in/Marisol-Vega/?trk=feed'));
    await new Promise((r) => setTimeout(r, 0));
    // Changed after the read began: the early answer is what was stored when the popup opened.
    await saveWorkingDraft(URL_A, { ...draft, body: 'later' });
    expect((await scratchFor(URL_A))?.body).toBe(draft.body);
    // Taken once: the next read is fresh.
    expect((await scratchFor(URL_A))?.body).toBe('later');
  });

  it('asks nothing for a tab that is not a profile, and another profile reads afresh', async () => {
    askFirstQuestions(tab('https://www.linkedin.com/feed/'));
    askFirstQuestions(tab(null));
    await new Promise((r) => setTimeout(r, 0));
    await saveWorkingDraft(URL_A, draft);
    expect((await scratchFor(URL_A))?.body).toBe(draft.body);
    expect(await scratchFor('https://www.linkedin.com/in/noor-haddad/')).toBeNull();
  });

  it('begins the settings read at once, and hands it over once', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, defaultMinutes: 15 });
    askFirstQuestions(tab(null));
    await saveSettings({ ...DEFAULT_SETTINGS, defaultMinutes: 20 });
    expect((await firstSettings()).defaultMinutes).toBe(15);
    expect((await firstSettings()).defaultMinutes).toBe(20);
  });
});
