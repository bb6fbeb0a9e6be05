import type { PopupStep } from '../popup-link/protocol';
import { clearWorkingDraft } from '../shell/popup-drafts';

/**
 * What the background does once it has taken a popup's step. A send is saved even if the
 * popup closed before hearing so; its scratch draft goes with it here, or the next open
 * would offer "Mark as sent" again for someone already asked. Then the nudges are recomputed.
 */
export async function afterPopupStep(step: PopupStep, refresh: () => Promise<void>): Promise<void> {
  if (step.name === 'mark-sent' || step.name === 'mark-invited') await clearWorkingDraft(step.profile.url);
  await refresh();
}
