import { browser } from 'wxt/browser';
import { loadNudgePeople, nudgeTitle, planNudges, type Nudge } from '../nudges';
import type { Settings } from '../settings/schema';
import type { CoffeeChatDb } from '../tracker/db';

export const ALARM = 'nudges';
const NOTIFIED_KEY = 'notified-nudges';

export const notificationId = (n: Pick<Nudge, 'personId' | 'kind'>) => `nudge|${n.kind}|${n.personId}`;
export function parseNotificationId(id: string): { kind: string; personId: string } | null {
  const m = /^nudge\|([a-z-]+)\|(.+)$/.exec(id);
  return m ? { kind: m[1]!, personId: m[2]! } : null;
}

/**
 * The whole background job, safe to run at any moment: everything it needs is in
 * IndexedDB and storage, so a service worker killed mid-way loses nothing (issue 6).
 * One alarm at the next due moment; a badge with the count; one notification per
 * nudge, remembered so a restart doesn't notify twice.
 */
export async function refreshNudges(db: CoffeeChatDb, settings: Settings, now: number, clockOffset = 0): Promise<Nudge[]> {
  // Only those a rule could nudge, in the rules' compact form: not 10,000 LinkedIn profiles.
  const people = await loadNudgePeople(db);
  // Quiet hours are the engine's: nothing falls due inside them, and `next` is their end.
  const { due, nextDueAt: next } = planNudges(people, now, settings);

  await browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#0b57d0' });
  await browser.alarms.clear(ALARM);
  // Alarms run on the real clock; only the e2e build's test clock has an offset.
  if (next !== null) await browser.alarms.create(ALARM, { when: Math.max(next, now + 1000) - clockOffset });

  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const notified = new Set<string>(Array.isArray(stored) ? stored : []);
  const byId = new Map(people.map((p) => [p.id, p]));
  const live = new Set<string>();
  for (const n of due) {
    const key = `${notificationId(n)}|${n.dueAt}`;
    live.add(key);
    if (notified.has(key) || !settings.notifications) continue;
    const person = byId.get(n.personId)!;
    // A refused notification (the OS may block them) must not stop the badge or the alarm.
    const shown = await browser.notifications
      .create(notificationId(n), { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: nudgeTitle(n, person), message: n.reason })
      .then(() => true, () => false);
    if (shown) notified.add(key);
  }
  // Forget nudges that are no longer due, so a later one of the same kind notifies again.
  for (const key of notified) if (!live.has(key)) notified.delete(key);
  for (const n of await browser.notifications.getAll().then(Object.keys)) {
    if (parseNotificationId(n) && !due.some((d) => notificationId(d) === n)) await browser.notifications.clear(n);
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified] });
  return due;
}
