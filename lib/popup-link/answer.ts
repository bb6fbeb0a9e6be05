import { draftFor } from '../next-step/draft';
import { nextStep } from '../next-step/next-step';
import { loadDueNow } from '../nudges/due-now';
import type { CoffeeChatDb } from '../tracker/db';
// Direct module imports, not the tracker's barrel: the background need not bundle export/CSV code.
import { saveDraft, upsertPerson } from '../tracker/people';
import { getPerson, sentNoteTimes } from '../tracker/queries';
import { recordAccepted, recordChatHeld, recordInvited, recordReply, recordSent } from '../tracker/record';
import { lastEvent, undoLast } from '../tracker/undo';
import type { LiveQuery, PopupStep } from './protocol';

/** One live query the popup watches, read from the database (in the background). */
export function answerQuery(db: CoffeeChatDb, q: LiveQuery): Promise<unknown> {
  switch (q.name) {
    case 'person':
      return getPerson(db, q.url).then((p) => p ?? null);
    case 'sent-note-times':
      return sentNoteTimes(db);
    case 'due':
      return loadDueNow(db, q.now, q.settings);
    case 'next-step':
      return getPerson(db, q.personId).then((p) => (p ? nextStep(p, q.now, q.settings, q.zone) : null));
    case 'follow-up-draft':
      return getPerson(db, q.personId).then((p) =>
        p ? draftFor(q.kind, p, { settings: q.settings, channel: q.channel, now: q.now, myTimeZone: q.zone, ...(q.closeReason ? { closeReason: q.closeReason } : {}) }) : null);
    case 'last-step':
      return lastEvent(db, q.personId).then((e) => (e ? { type: e.type, at: e.at, ...(e.sentKind ? { sentKind: e.sentKind } : {}) } : null));
  }
}

/** The popup's writes: each one meets the person (upsert by URL) and then takes its step. */
export async function takeStep(db: CoffeeChatDb, s: PopupStep): Promise<unknown> {
  switch (s.name) {
    case 'mark-sent': {
      const person = await upsertPerson(db, s.profile, s.at);
      return recordSent(db, person.id, { channel: s.text.channel, text: s.text.body, subject: s.text.subject, at: s.at, kind: 'ask' });
    }
    case 'mark-invited':
      return recordInvited(db, (await upsertPerson(db, s.profile, s.at)).id, { at: s.at });
    case 'keep-draft':
      return saveDraft(db, (await upsertPerson(db, s.profile, s.at)).id, s.text, s.at);
    case 'mark-replied':
      return recordReply(db, s.personId, { at: s.at });
    case 'mark-follow-up-sent':
      return recordSent(db, s.personId, { channel: s.text.channel, text: s.text.body, subject: s.text.subject, at: s.at, kind: s.kind });
    case 'mark-accepted':
      return recordAccepted(db, s.personId, { at: s.at });
    case 'mark-held':
      return recordChatHeld(db, s.personId, { at: s.at, takeaways: s.takeaways });
    case 'undo':
      return undoLast(db, s.personId);
  }
}
