import { z } from './zod';

/**
 * Messages between the extension's own contexts, named by direction (Dark Reader's
 * messenger pattern). The background accepts them only from the extension's pages.
 */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** popup|dashboard→background: the tracker changed; recompute the alarm and badge. */
  z.object({ type: z.literal('tracker-changed') }),
]);

export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** True when a message really comes from one of our own extension pages. */
export function fromOwnPage(sender: { id?: string; url?: string; tab?: unknown }, extensionId: string, origin: string): boolean {
  if (sender.id !== extensionId) return false;
  return !sender.url || sender.url.startsWith(origin);
}
