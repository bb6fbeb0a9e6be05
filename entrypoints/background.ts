import { runCommand } from '@/lib/background/commands';
import { refreshNudges, ALARM, RECHECK, RECHECK_AFTER_MS, notificationRoute } from '@/lib/background/refresh';
import { dropSentScratch } from '@/lib/background/scratch';
import { writeGuard } from '@/lib/background/write-guard';
import { fromOwnPage, ToBackgroundSchema } from '@/lib/messages';
import { PORT_NAME } from '@/lib/popup-link/protocol';
import { servePopup } from '@/lib/popup-link/serve';
import { CLOCK_OFFSET_KEY, clockOffset } from '@/lib/shared/clock';
import { loadSettings } from '@/lib/shared/settings-store';
import { getDb } from '@/lib/shared/tracker-db';
import { forgetOldDeletes } from '@/lib/tracker/delete';

// Thin wiring: every event leads to the same idempotent refresh; every write to the one command handler.
export default defineBackground(() => {
  // A worker stopped after a write and before its refresh wakes on the recheck alarm and recomputes.
  const writes = writeGuard(() => browser.alarms.create(RECHECK, { when: Date.now() + RECHECK_AFTER_MS }));
  const guard = writes.guard;
  const refresh = () => writes.refresh(async (mayDisarm) => {
    const settings = await loadSettings();
    const offset = await clockOffset();
    await refreshNudges(getDb(), settings, Date.now() + offset, offset, mayDisarm);
  });
  const own = (sender: { id?: string; url?: string }) => fromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
  // Every start of the worker (install, browser start, or woken by an event after MV3 put it to sleep
  // or it was stopped mid-step) puts right what a stop can leave: scratch copies of drafts already
  // recorded as sent, the bin's expired deletes, then the alarm and badge. Nothing is assumed to have survived.
  void (async () => {
    const offset = await clockOffset();
    await Promise.allSettled([dropSentScratch(getDb()), forgetOldDeletes(getDb(), Date.now() + offset)]);
    await refresh();
  })();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.alarms.onAlarm.addListener((a) => (a.name === ALARM || a.name === RECHECK) && void refresh());
  browser.storage.onChanged.addListener((changes) => (changes.settings || changes[CLOCK_OFFSET_KEY]) && void refresh());
  browser.runtime.onMessage.addListener((msg, sender) => {
    if (!own(sender)) return;
    const parsed = ToBackgroundSchema.safeParse(msg);
    if (!parsed.success) {
      // A command we can't read still gets an answer, so the page shows a message instead of waiting.
      const isCommand = (msg as { type?: unknown } | null)?.type === 'command';
      return isCommand ? Promise.resolve({ ok: false, message: 'Coffee Chat could not use that request: its data was not valid.' }) : undefined;
    }
    if (parsed.data.type === 'tracker-changed') return refresh().then(() => true);
    // The dashboard's writes: answered as soon as they are stored, before the badge is redrawn.
    const command = parsed.data.command;
    return new Promise((answer) => void runCommand(command, { db: getDb(), refresh, guard, answer }));
  });
  // The popup reads and writes through the background (lib/popup-link): only our own pages may.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME || !own(port.sender ?? {})) return port.disconnect();
    servePopup(port, getDb(), refresh, guard);
  });
  browser.notifications.onClicked.addListener((id) => {
    const route = notificationRoute(id);
    if (route === null) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${route}` });
    void browser.notifications.clear(id);
  });
});
