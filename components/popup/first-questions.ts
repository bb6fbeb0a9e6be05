import { trackerLink } from '../../lib/popup/tracker-link';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/shared/settings-store';
import { loadWorkingDraft, type WorkingDraft } from '../../lib/shared/working-drafts';
import { canonicalProfileUrl } from '../../lib/tracker/canonical';
import type { FirstRead } from './use-tab-reading';

let early: { url: string; scratch: Promise<WorkingDraft | null> } | null = null;
let settings: Promise<Settings> | null = null;

/**
 * The popup's first questions: the settings at once, and about the person (the tracker's record, the
 * scratch copy) the moment the tab's address is known, before the first render's effects would ask them: the draft
 * waits on their answers as much as on the page's. The person is a prefetch that PopupApp's own
 * watch of the same query takes over (lib/popup-link/client.ts); the scratch read is kept for it here.
 */
export function askFirstQuestions(first: FirstRead): void {
  settings = loadSettings();
  void first.tab.then((tab) => {
    const url = tab?.url ? canonicalProfileUrl(tab.url) : null;
    if (!url) return;
    trackerLink().prefetch({ name: 'person', url });
    early = { url, scratch: loadWorkingDraft(url) };
  });
}

/** The settings read begun above (once), else a fresh read. */
export function firstSettings(): Promise<Settings> {
  const s = settings ?? loadSettings();
  settings = null;
  return s;
}

/** The scratch copy for this profile: the read begun above when it is the same profile (once), else a fresh one. */
export function scratchFor(url: string): Promise<WorkingDraft | null> {
  if (early?.url !== url) return loadWorkingDraft(url);
  const { scratch } = early;
  early = null;
  return scratch;
}
