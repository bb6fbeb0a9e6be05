import type { Command, CommandReply } from '../shared/commands';
import { addNote } from '../tracker/notes';
import { deleteEverything, deletePerson, restorePerson } from '../tracker/delete';
import type { CoffeeChatDb } from '../tracker/db';
import { importData } from '../tracker/import';
import { dismissNudge, snoozeNudge } from '../tracker/nudge-memory';
// Direct module imports, not the tracker's barrel: the background need not bundle export/CSV code.
import { editTags, saveDraft, upsertPerson } from '../tracker/people';
import { close, recordAccepted, recordChatHeld, recordInvited, recordReply, recordSent, reopen, scheduleChat, startMentorship } from '../tracker/record';
import { write } from '../tracker/tx';
import { undoLast } from '../tracker/undo';
import { applyOps } from '../mentorship/ops';
import { endMentorship } from '../mentorship/edit';
import { editMentorship } from '../tracker/mentorship-store';
import { clearAllScratch, clearWorkingDraft } from '../shared/working-drafts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The tracker write a command names: one write() transaction each (lib/tracker/tx.ts). The popup's
 * steps meet the person and take the step in that one transaction (nested writes join it), so a
 * failure leaves no new "Drafted" person behind the error the user sees.
 */
export async function takeStep(db: CoffeeChatDb, c: Command): Promise<unknown> {
  switch (c.name) {
    case 'mark-sent': return write(db, async () => {
      const person = await upsertPerson(db, c.profile, c.at);
      return recordSent(db, person.id, { channel: c.text.channel, text: c.text.body, subject: c.text.subject, at: c.at, kind: 'ask' });
    });
    case 'mark-invited': return write(db, async () => recordInvited(db, (await upsertPerson(db, c.profile, c.at)).id, { at: c.at }));
    case 'keep-draft': return write(db, async () => saveDraft(db, (await upsertPerson(db, c.profile, c.at)).id, c.text, c.at));
    case 'mark-replied': return recordReply(db, c.personId, { at: c.at });
    case 'undo': return undoLast(db, c.personId);
    case 'invite': return recordInvited(db, c.personId, { at: c.at });
    case 'accept': return recordAccepted(db, c.personId, { at: c.at });
    case 'reopen': return reopen(db, c.personId, { at: c.at });
    case 'hold': return recordChatHeld(db, c.personId, { at: c.at, takeaways: c.takeaways });
    case 'mentor': return write(db, async () => {
      const p = await startMentorship(db, c.personId, { cadenceDays: c.cadenceDays, at: c.at });
      return c.ops?.length ? editMentorship(db, c.personId, (m) => applyOps(m, c.ops!, c.at), c.at).then(() => p) : p;
    });
    case 'journal': return editMentorship(db, c.personId, (m) => applyOps(m, c.ops, c.at), c.at);
    case 'end-mentorship': return write(db, async () => {
      await recordSent(db, c.personId, { channel: c.text.channel, text: c.text.body, subject: c.text.subject, at: c.at, kind: 'close' });
      await editMentorship(db, c.personId, (m) => endMentorship(m, c.at), c.at);
      return close(db, c.personId, { reason: 'goals-met', at: c.at });
    });
    case 'close': return close(db, c.personId, { reason: c.reason, at: c.at });
    case 'schedule': return scheduleChat(db, c.personId, c.chat, c.at);
    case 'send': return recordSent(db, c.personId, { channel: c.text.channel, text: c.text.body, subject: c.text.subject, at: c.at, kind: c.kind });
    case 'snooze': return snoozeNudge(db, c.personId, c.kind, c.until);
    case 'dismiss': return dismissNudge(db, c.personId, c.kind, c.about);
    case 'edit-tags': return editTags(db, c.personId, c, c.at);
    case 'add-note': return addNote(db, c.personId, c.text, c.at);
    case 'delete-person': return deletePerson(db, c.personId, c.at);
    case 'restore-person': return restorePerson(db, c.personId, c.at);
    case 'delete-everything': return deleteEverything(db).then(() => null);
    case 'import': return importData(db, c.file, { without: c.without });
  }
}

/**
 * What follows every step, once: the scratch copies it made stale go (a send is saved even if the
 * popup closed before hearing so, or the next open would offer "Mark as sent" again), then the
 * nudges, badge, alarm and notifications are recomputed from what is stored. Idempotent: running
 * it again, or after a step whose answer was lost, changes nothing more.
 */
export async function afterStep(c: Command, refresh: () => Promise<void>): Promise<void> {
  if (c.name === 'mark-sent' || c.name === 'mark-invited') await clearWorkingDraft(c.profile.url);
  if (c.name === 'delete-person') await clearWorkingDraft(c.personId);
  if (c.name === 'delete-everything') await clearAllScratch();
  await refresh();
}

export interface CommandDeps {
  db: CoffeeChatDb;
  refresh: () => Promise<void>;
  /** Wraps the write: arms the wake-up that recomputes the alarm if the worker stops before `refresh` (write-guard.ts). */
  guard?: <T>(write: () => Promise<T>) => Promise<T>;
  /** Tells the caller the outcome as soon as the write is done, before the badge and notifications. */
  answer: (reply: CommandReply) => void;
}

/**
 * The one command handler: the popup's port (lib/popup-link/serve.ts) and the dashboard's runtime
 * messages (entrypoints/background.ts) both end here. The write is one transaction; what follows
 * it (afterStep) runs after the answer, so a confirmation never waits on the badge.
 */
export async function runCommand(c: Command, { db, refresh, answer, guard = (w) => w() }: CommandDeps): Promise<void> {
  let value: unknown;
  try {
    value = await guard(() => takeStep(db, c));
  } catch (e) {
    answer({ ok: false, message: message(e) });
    return;
  }
  answer({ ok: true, value: value ?? null });
  await afterStep(c, refresh).catch(() => undefined);
}
