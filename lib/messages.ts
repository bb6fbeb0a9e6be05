import { CommandSchema } from './shared/commands';
import { z } from './zod';

/**
 * Messages between the extension's own contexts, named by direction (Dark Reader's
 * messenger pattern). The background accepts them only from the extension's pages.
 */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** any page→background: recompute the alarm and badge (idempotent; the command handler already does after each write). */
  z.object({ type: z.literal('tracker-changed') }),
  /** dashboard→background: a write, for the one command handler (lib/background/commands.ts). */
  z.object({ type: z.literal('command'), command: CommandSchema }),
]);

export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** True when a message really comes from one of our own extension pages. */
export function fromOwnPage(sender: { id?: string; url?: string; tab?: unknown }, extensionId: string, origin: string): boolean {
  if (sender.id !== extensionId) return false;
  return !sender.url || sender.url.startsWith(origin);
}
