import { afterPopupStep } from '@/lib/background/after-popup-step';
import { refreshNudges, ALARM, notificationRoute } from '@/lib/background/refresh';
import { fromOwnPage, ToBackgroundSchema } from '@/lib/messages';
import { PORT_NAME } from '@/lib/popup-link/protocol';
import { servePopup } from '@/lib/popup-link/serve';
import { clockOffset } from '@/lib/shell/clock';
import { getDb } from '@/lib/shell/db';
import { loadSettings } from '@/lib/shell/settings-store';

// Thin wiring (STYLE.md): every event leads to the same idempotent refresh.
export default defineBackground(() => {
  const refresh = async () => {
    const settings = await loadSettings();
    const offset = await clockOffset();
    await refreshNudges(getDb(), settings, Date.now() + offset, offset);
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.alarms.onAlarm.addListener((a) => a.name === ALARM && void refresh());
  browser.storage.onChanged.addListener((changes) => (changes.settings || changes['e2e:clockOffsetMs']) && void refresh());
  browser.runtime.onMessage.addListener((msg, sender) => {
    if (!fromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
    const parsed = ToBackgroundSchema.safeParse(msg);
    if (parsed.success && parsed.data.type === 'tracker-changed') return refresh().then(() => true);
  });
  // The popup reads and writes through the background (lib/popup-link): only our own pages may.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME || !fromOwnPage(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'))) return port.disconnect();
    servePopup(port, getDb(), (step) => afterPopupStep(step, refresh));
  });
  browser.notifications.onClicked.addListener((id) => {
    const route = notificationRoute(id);
    if (route === null) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${route}` });
    void browser.notifications.clear(id);
  });
});
