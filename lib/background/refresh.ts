import { browser } from 'wxt/browser';
import { inQuiet, loadPlan, nudgeTitle, quietEnd, quietFor, type Nudge } from '../nudges';
import type { Settings } from '../settings/schema';
import { notifiedNudgesItem, notifiedSummaryItem } from '../shared/storage';
import type { CoffeeChatDb } from '../tracker/db';
import { ensureNudgeIndex } from '../tracker/nudge-index';
import { MAX_AT_ONCE, SUMMARY_ID, notificationId, notifiedKey, parseNotificationId, rememberedKeys, summaryText } from './notifications';

export { notificationId, notificationRoute, parseNotificationId, SUMMARY_ID } from './notifications';

export const ALARM = 'nudges';
/**
 * Set just before every write and cleared by the refresh that follows it: a worker stopped between
 * a step and its refresh wakes within a minute and recomputes the alarm.
 */
export const RECHECK = 'recheck';
export const RECHECK_AFTER_MS = 60_000;

/**
 * The whole background job, safe to run at any moment: everything it needs is in
 * IndexedDB and storage, so a service worker killed mid-way loses nothing.
 * One alarm at the next due moment; a badge with the count; one notification per
 * new nudge (one summary for more than MAX_AT_ONCE), remembered so none is notified twice.
 */
export async function refreshNudges(db: CoffeeChatDb, settings: Settings, now: number, clockOffset = 0, mayDisarm: () => boolean = () => true): Promise<Nudge[]> {
  // Only those whose earliest nudge has come (and the few next), in the rules' compact form: not 10,000 LinkedIn profiles.
  // Quiet hours are the engine's: nothing falls due inside them, and `next` is their end.
  // The summaries' nudge index follows the settings: re-indexed once when they change (a no-op otherwise),
  // so the lists' "Due now" reads it (lib/nudges/indexed.ts).
  await ensureNudgeIndex(db, settings);
  const { due, nextDueAt: next, people } = await loadPlan(db, now, settings);
  const byId = new Map(people.map((p) => [p.id, p]));
  const [stored, storedSummary] = await Promise.all([notifiedNudgesItem.getValue(), notifiedSummaryItem.getValue()]);
  const notified = rememberedKeys(stored, byId);
  const keyOf = (n: Nudge) => notifiedKey(n, byId.get(n.personId)!);
  const dueKeys = new Set(due.map(keyOf));
  let summarised = Array.isArray(storedSummary) ? (storedSummary as unknown[]).filter((k): k is string => typeof k === 'string' && dueKeys.has(k)) : [];
  const fresh = settings.notifications ? due.filter((n) => !notified.has(keyOf(n))) : [];
  // A nudge due since before tonight's quiet hours stays on the badge, but the notification waits for
  // their end (a laptop woken at 23:00 must not ping): wake then to show it.
  const quiet = quietFor(settings);
  const hushed = quiet !== null && inQuiet(quiet, now) && fresh.length > 0;
  const wake = hushed ? Math.min(next ?? Infinity, quietEnd(quiet, now)) : next;

  await browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#0b57d0' });
  await browser.alarms.clear(ALARM);
  // Alarms run on the real clock; only the e2e build's test clock has an offset.
  if (wake !== null) await browser.alarms.create(ALARM, { when: Math.max(wake, now + 1000) - clockOffset });
  // Only a plan that saw every write may take down the recheck (lib/background/write-guard.ts).
  if (mayDisarm()) await browser.alarms.clear(RECHECK);

  const icon = browser.runtime.getURL('/icon/128.png');
  // A refused notification (the OS may block them) must not stop the badge or the alarm, and is tried again next time.
  const show = (id: string, title: string, message: string) =>
    browser.notifications.create(id, { type: 'basic', iconUrl: icon, title, message }).then(() => true, () => false);
  if (!hushed && fresh.length > MAX_AT_ONCE) {
    const { title, message } = summaryText(fresh, due.length, byId);
    if (await show(SUMMARY_ID, title, message)) {
      for (const n of fresh) notified.add(keyOf(n));
      summarised = fresh.map(keyOf);
    }
  } else if (!hushed) {
    for (const n of fresh) {
      const person = byId.get(n.personId)!;
      if (await show(notificationId(n), nudgeTitle(n, person), n.reason)) notified.add(notifiedKey(n, person));
    }
  }

  // Take down what is no longer due; the summary stays while something it spoke of is.
  for (const id of await browser.notifications.getAll().then(Object.keys)) {
    const n = parseNotificationId(id);
    const stale = n && (id === SUMMARY_ID ? summarised.length === 0 : !due.some((d) => notificationId(d) === id));
    if (stale) await browser.notifications.clear(id);
  }
  await Promise.all([notifiedNudgesItem.setValue([...notified]), notifiedSummaryItem.setValue(summarised)]);
  return due;
}
