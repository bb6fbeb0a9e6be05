import { liveQuery } from 'dexie';
import type { CoffeeChatDb } from '../tracker/db';
import { runCommand, type CommandDeps } from '../background/commands';
import { answerQuery } from './answer';
import type { PortLike, ToPopupPort } from './protocol';
import { ToBackgroundPortSchema } from './to-background';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The background's end of one popup's port: Dexie's liveQuery runs here and each
 * new result goes to the popup, so a step taken in the dashboard shows in the
 * popup without a reload (ARCHITECTURE.md, "Data flow"). Steps go to the background's one
 * command handler (lib/background/commands.ts), which answers and then runs `refresh`.
 */
export function servePopup(port: PortLike, db: CoffeeChatDb, refresh: () => Promise<void>, guard?: CommandDeps['guard']): void {
  const watching = new Map<number, { unsubscribe(): void }>();
  let open = true;
  const post = (m: ToPopupPort) => {
    // The popup may close between a question and its answer; nobody is left to tell.
    if (open) try { port.postMessage(m); } catch { open = false; }
  };
  port.onMessage.addListener((raw) => {
    const parsed = ToBackgroundPortSchema.safeParse(raw);
    if (!parsed.success) {
      // Answer what can be answered, so the popup shows a message instead of waiting for ever.
      const id = (raw as { id?: unknown } | null)?.id;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
      if (typeof id === 'number') post({ type: 'error', id, message: `Coffee Chat could not use that request: its data was not valid${where}.` });
      return;
    }
    const m = parsed.data;
    if (m.type === 'watch') {
      watching.get(m.id)?.unsubscribe();
      const sub = liveQuery(() => answerQuery(db, m.query)).subscribe({
        next: (value) => post({ type: 'value', id: m.id, value }),
        error: (e: unknown) => post({ type: 'error', id: m.id, message: message(e) }),
      });
      watching.set(m.id, sub);
    } else if (m.type === 'unwatch') {
      watching.get(m.id)?.unsubscribe();
      watching.delete(m.id);
    } else {
      void runCommand(m.step, {
        db,
        refresh,
        guard,
        answer: (r) => post(r.ok ? { type: 'value', id: m.id, value: r.value } : { type: 'error', id: m.id, message: r.message }),
      });
    }
  });
  port.onDisconnect.addListener(() => {
    open = false;
    for (const sub of watching.values()) sub.unsubscribe();
    watching.clear();
  });
}
