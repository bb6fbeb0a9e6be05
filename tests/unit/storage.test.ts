// Every extension storage key is declared once (lib/shared/storage.ts), and "Delete everything" clears what it should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { projectRoot } from '../fixtures-dir';
import { refreshNudges } from '../../lib/background/refresh';
import { saveSettings } from '../../lib/shared/settings-store';
import { CLOCK_OFFSET_KEY, clearAllScratch, notifiedNudgesItem, notifiedSummaryItem, settingsItem, workingDraftItem } from '../../lib/shared/storage';
import { saveWorkingDraft } from '../../lib/shared/working-drafts';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { recordSent } from '../../lib/tracker/record';
import { freshDb, person } from './tracker/helpers';

const DAY = 86_400_000;

describe('extension storage', () => {
  it('holds exactly these keys, each declared once', () => {
    const keys = [settingsItem, notifiedNudgesItem, notifiedSummaryItem, workingDraftItem('https://www.linkedin.com/in/x/')].map((i) => i.key);
    expect(keys).toEqual(['local:settings', 'local:notified-nudges', 'local:notified-summary', 'local:working-draft:https://www.linkedin.com/in/x/']);
    expect(CLOCK_OFFSET_KEY).toBe('e2e:clockOffsetMs');
    // Nobody retypes a key: only lib/shared/storage.ts spells them.
    for (const f of ['entrypoints/background.ts', 'lib/background/refresh.ts', 'lib/shared/clock.ts', 'lib/shared/settings-store.ts', 'lib/shared/working-drafts.ts']) {
      expect([f, readFileSync(join(projectRoot, f), 'utf8')]).not.toEqual([f, expect.stringMatching(/'(e2e:clockOffsetMs|notified-nudges|notified-summary|working-draft:|settings)'/)]);
    }
  });

  it('"Delete everything" removes the scratch drafts and the notification memory, and keeps the settings', async () => {
    await fakeBrowser.storage.local.clear();
    await saveSettings({ ...DEFAULT_SETTINGS, onboarded: true });
    await saveWorkingDraft('https://www.linkedin.com/in/a/', { channel: 'message', hookId: null, body: 'Hi', edited: true });
    // Five asks overdue: one summary notification, so both memories are written.
    const db = freshDb();
    const now = Date.now();
    for (const slug of ['a', 'b', 'c', 'd', 'e']) {
      const p = await person(db, slug, {}, now - 9 * DAY);
      await recordSent(db, p.id, { channel: 'message', text: 'Hi', at: now - 8 * DAY });
    }
    await refreshNudges(db, DEFAULT_SETTINGS, now);
    const before = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => !k.endsWith('$')).sort();
    expect(before).toEqual(['notified-nudges', 'notified-summary', 'settings', 'working-draft:https://www.linkedin.com/in/a/']);
    await clearAllScratch();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k !== 'settings$')).toEqual(['settings']);
  });
});
