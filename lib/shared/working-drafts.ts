import { z } from '../zod';
import { ChannelSchema } from '../tracker/schema';
import { workingDraftItem } from './storage';

export { clearAllScratch } from './storage';

/**
 * The popup closes the moment the user clicks into LinkedIn, so edits are kept
 * per profile in extension storage and come back on reopen.
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

export async function loadWorkingDraft(profileUrl: string): Promise<WorkingDraft | null> {
  const parsed = WorkingDraftSchema.safeParse(await workingDraftItem(profileUrl).getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveWorkingDraft(profileUrl: string, d: WorkingDraft): Promise<void> {
  await workingDraftItem(profileUrl).setValue(WorkingDraftSchema.parse(d));
}

export async function clearWorkingDraft(profileUrl: string): Promise<void> {
  await workingDraftItem(profileUrl).removeValue({ removeMeta: true });
}
