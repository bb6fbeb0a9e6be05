import { browser } from 'wxt/browser';
import { CommandReplySchema, type Command } from '../shared/commands';

/**
 * The dashboard's writes: each goes to the background's one command handler
 * (lib/background/commands.ts), the same the popup's port reaches, which writes and then
 * recomputes the nudges. Rejects with the tracker's own sentence.
 */
export async function command<T = unknown>(c: Command): Promise<T> {
  const raw: unknown = await browser.runtime.sendMessage({ type: 'command', command: c });
  const reply = CommandReplySchema.safeParse(raw);
  if (!reply.success) throw new Error("Coffee Chat's background did not answer. Reload the page and try again.");
  if (!reply.data.ok) throw new Error(reply.data.message);
  return reply.data.value as T;
}
