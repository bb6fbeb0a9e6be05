import { browser } from 'wxt/browser';
import { CommandReplySchema, type Command } from '../shared/commands';

/**
 * "Could not establish connection. Receiving end does not exist.": the message reached no listener, as when Firefox is
 * stopping an idle event page just as it is sent (the e2e nudges journey saved no chat this way on a loaded machine).
 * Nothing was delivered, so sending it again cannot write twice.
 */
const UNDELIVERED = /Could not establish connection|Receiving end does not exist/i;
const TRIES = 4;

async function deliver(message: unknown): Promise<unknown> {
  for (let tried = 1; ; tried++) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (err) {
      if (!UNDELIVERED.test(String(err))) throw err;
      if (tried >= TRIES) return null;
      // The background starts again on the next message: give it a moment, longer each time.
      await new Promise((r) => setTimeout(r, 150 * tried));
    }
  }
}

/**
 * The dashboard's writes: each goes to the background's one command handler
 * (lib/background/commands.ts), the same the popup's port reaches, which writes and then
 * recomputes the nudges. Rejects with the tracker's own sentence.
 */
export async function command<T = unknown>(c: Command): Promise<T> {
  const raw = await deliver({ type: 'command', command: c });
  const reply = CommandReplySchema.safeParse(raw);
  if (!reply.success) throw new Error("Coffee Chat's background did not answer. Reload the page and try again.");
  if (!reply.data.ok) throw new Error(reply.data.message);
  return reply.data.value as T;
}
