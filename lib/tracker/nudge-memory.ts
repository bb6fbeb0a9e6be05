import type { CoffeeChatDb } from './db';
import { putPeople } from './summaries';
import { InvalidInput } from './errors';
import { NudgeKindSchema, type NudgeKind, type Person } from './schema';
import { mustGet, write } from './tx';
import { isTime } from '../time-schema';

function checkKind(kind: NudgeKind): void {
  if (!NudgeKindSchema.safeParse(kind).success) throw new InvalidInput(`Unknown nudge: ${String(kind)}.`);
}

/** Hides a nudge until `until` (ms); a later snooze replaces an earlier one. */
export async function snoozeNudge(db: CoffeeChatDb, personId: string, kind: NudgeKind, until: number): Promise<Person> {
  checkKind(kind);
  if (!isTime(until)) throw new InvalidInput('The snooze time is not a date.');
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const next: Person = { ...p, nudges: { ...p.nudges, snoozed: { ...p.nudges.snoozed, [kind]: until } } };
    await putPeople(db, [next]);
    return next;
  });
}

/**
 * Dismisses a nudge for what it is about (the due nudge's `about`, lib/nudges): by default the
 * current step, so the next step (a later lastStepAt) brings the nudge kind back when it applies
 * again; a thank-you or agenda is about its chat and stays dismissed until the chat changes.
 */
export async function dismissNudge(db: CoffeeChatDb, personId: string, kind: NudgeKind, about?: number): Promise<Person> {
  checkKind(kind);
  if (about !== undefined && !isTime(about)) throw new InvalidInput('The dismissed nudge has no valid time.');
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const next: Person = { ...p, nudges: { ...p.nudges, dismissed: { ...p.nudges.dismissed, [kind]: about ?? p.lastStepAt } } };
    await putPeople(db, [next]);
    return next;
  });
}
