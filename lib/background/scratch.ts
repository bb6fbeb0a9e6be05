import { storage } from 'wxt/utils/storage';
import { WORKING_DRAFT_PREFIX } from '../shared/storage';
import { clearWorkingDraft, loadWorkingDraft } from '../shared/working-drafts';
import { canonicalProfileUrl } from '../tracker/canonical';
import type { CoffeeChatDb } from '../tracker/db';

/**
 * Drops the popup's scratch copies of drafts that were recorded as sent: "Mark as sent" clears
 * the copy after its transaction, so a worker stopped between the two left it behind, and the
 * next popup would offer to send it again. Idempotent; run at every start of the worker.
 */
export async function dropSentScratch(db: CoffeeChatDb): Promise<number> {
  const keys = Object.keys(await storage.snapshot('local')).filter((k) => k.startsWith(WORKING_DRAFT_PREFIX));
  let dropped = 0;
  for (const key of keys) {
    const url = key.slice(WORKING_DRAFT_PREFIX.length);
    const [draft, history] = await Promise.all([loadWorkingDraft(url), db.history.get(canonicalProfileUrl(url) ?? url)]);
    if (!draft || !history) continue;
    if (history.events.some((e) => e.type === 'sent' && e.text === draft.body)) {
      await clearWorkingDraft(url);
      dropped++;
    }
  }
  return dropped;
}
