import { browser } from 'wxt/browser';
import { z } from '../zod';
import { ChannelSchema } from '../tracker/schema';

/**
 * The popup closes the moment the user clicks into LinkedIn, so edits are kept
 * per profile in extension storage and come back on reopen (issue 4).
 * This is scratch space, not the tracker: nothing here is "drafted" until Save draft.
 */
const WorkingDraftSchema = z.object({
  channel: ChannelSchema,
  hookId: z.string().max(200).nullable(),
  subject: z.string().max(500).optional(),
  body: z.string().max(10000),
  edited: z.boolean(),
  copiedAt: z.number().optional(),
});
export type WorkingDraft = z.infer<typeof WorkingDraftSchema>;

const key = (profileUrl: string) => `working-draft:${profileUrl}`;

export async function loadWorkingDraft(profileUrl: string): Promise<WorkingDraft | null> {
  const got = await browser.storage.local.get(key(profileUrl));
  const parsed = WorkingDraftSchema.safeParse(got[key(profileUrl)]);
  return parsed.success ? parsed.data : null;
}

export async function saveWorkingDraft(profileUrl: string, d: WorkingDraft): Promise<void> {
  await browser.storage.local.set({ [key(profileUrl)]: WorkingDraftSchema.parse(d) });
}

export async function clearWorkingDraft(profileUrl: string): Promise<void> {
  await browser.storage.local.remove(key(profileUrl));
}

/** "Delete everything" means everything: scratch drafts and the background's notification memory too. */
export async function clearAllScratch(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith('working-draft:') || k === 'notified-nudges');
  if (keys.length) await browser.storage.local.remove(keys);
}
