import { firstName, type Nudge, type NudgePerson } from '../nudges';

/**
 * What the background's notifications say and remember, as pure functions of the due list and the
 * stored memory (refresh.ts does the browser calls). A notification names the person and what
 * to do, and clicking it opens the dashboard at that person with the draft ready.
 */

/** More new nudges than this in one refresh (after a holiday, an import, notifications turned back on) make one summary. */
export const MAX_AT_ONCE = 3;

/** `nudge|<kind>|<person id>`: a click opens the dashboard at the person, with that draft. */
export const notificationId = (n: Pick<Nudge, 'personId' | 'kind'>) => `nudge|${n.kind}|${n.personId}`;

/** The summary's id: it parses to no person, so a click lands on the dashboard's due list (see notificationRoute). */
export const SUMMARY_ID = 'nudge|summary|';

export function parseNotificationId(id: string): { kind: string; personId: string } | null {
  const m = /^nudge\|([a-z-]+)\|(.*)$/.exec(id);
  return m ? { kind: m[1]!, personId: m[2]! } : null;
}

/** The dashboard route (after dashboard.html) a click on our notification opens, or null for an id that isn't ours. */
export function notificationRoute(id: string): string | null {
  const n = parseNotificationId(id);
  if (!n) return null;
  return n.personId ? `#/person/${encodeURIComponent(n.personId)}?nudge=${n.kind}` : '#/';
}

/**
 * What makes a nudge "the same one" for notifying: its person, its kind, what it is about (the
 * engine's `about`, as dismissals use: the latest step, or the chat for a thank-you or agenda) and
 * the snooze it came back from. Not its dueAt, which moves when the user changes quiet hours or a
 * wait in settings: that must not notify it again. A snooze does: "remind me later" should remind.
 * Person id last: it is a URL and may hold anything.
 */
export function notifiedKey(n: Pick<Nudge, 'personId' | 'kind' | 'about'>, p: NudgePerson): string {
  return `${n.kind}|${n.about}|${p.nudges?.snoozed[n.kind] ?? ''}|${n.personId}`;
}

/** The moments a nudge of this person can be about now (RuleResult.about): a key about anything else is stale. */
const aboutNow = (p: NudgePerson) => new Set([p.lastStepAt, p.heldAt, p.chat?.at].filter((x) => x !== undefined).map(String));

/**
 * The stored memory, cleaned: a key is kept only while it can still match (its person can nudge
 * and is still at that step, with that snooze), so the memory stays as small as the due list.
 */
export function rememberedKeys(stored: unknown, byId: ReadonlyMap<string, NudgePerson>): Set<string> {
  const old = new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  const out = new Set<string>();
  for (const key of old) {
    const m = /^([a-z-]+)\|(\d+)\|(\d*)\|(.+)$/.exec(key);
    const p = m && byId.get(m[4]!);
    if (p && aboutNow(p).has(m[2]!) && String(p.nudges?.snoozed[m[1]!] ?? '') === m[3]) out.add(key);
  }
  return out;
}

/** "Marisol, Nadim, Amara and 2 others" */
function names(people: readonly NudgePerson[]): string {
  const shown = people.slice(0, 3).map(firstName);
  const rest = people.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** One notification for many new nudges: "5 follow-ups are due", naming whom they are for. */
export function summaryText(fresh: readonly Nudge[], dueCount: number, byId: ReadonlyMap<string, NudgePerson>): { title: string; message: string } {
  const title = fresh.length === dueCount ? `${fresh.length} follow-ups are due` : `${fresh.length} more follow-ups are due`;
  return { title, message: `${names(fresh.map((n) => byId.get(n.personId)!))}: each has its draft ready in Coffee Chat` };
}
