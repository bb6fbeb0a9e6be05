import { coach } from '../coach';
import { composeAsk } from '../compose/compose-ask';
import { draftFor } from '../next-step/draft';
import { nextStep } from '../next-step/next-step';
import { loadDueNow } from '../nudges/due-now';
import { loadDueSet } from '../nudges/indexed';
import type { CoffeeChatDb } from '../tracker/db';
import { getMentorship } from '../tracker/mentorship-store';
import { getPerson, sentNoteTimes } from '../tracker/queries';
import { lastEvent } from '../tracker/undo';
import type { LiveQuery } from './protocol';

/** One live query the popup watches, read from the database (in the background). */
export function answerQuery(db: CoffeeChatDb, q: LiveQuery): Promise<unknown> {
  switch (q.name) {
    case 'person':
      return getPerson(db, q.url).then((p) => p ?? null);
    case 'sent-note-times':
      return sentNoteTimes(db);
    case 'due':
      return loadDueNow(db, q.now, q.settings);
    case 'due-head':
      return loadDueSet(db, q.now, q.settings);
    case 'next-step':
      return getPerson(db, q.personId).then((p) => (p ? nextStep(p, q.now, q.settings, q.zone) : null));
    case 'follow-up-draft':
      // The cadence update carries the mentorship journal's next agenda (lib/next-step/draft.ts).
      return Promise.all([getPerson(db, q.personId), q.kind === 'cadence' ? getMentorship(db, q.personId) : undefined]).then(([p, m]) =>
        p ? draftFor(q.kind, p, { settings: q.settings, channel: q.channel, now: q.now, myTimeZone: q.zone, mentorship: m ?? null, ...(q.closeReason ? { closeReason: q.closeReason } : {}), ...(q.result ? { result: q.result } : {}) }) : null);
    case 'last-step':
      return lastEvent(db, q.personId).then((e) => (e ? { type: e.type, at: e.at, ...(e.sentKind ? { sentKind: e.sentKind } : {}) } : null));
    case 'coach':
      return Promise.resolve(coach(q.draft, q.context));
    case 'compose':
      return Promise.resolve(composeAsk(q.input));
  }
}
