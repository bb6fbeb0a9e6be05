import { canonicalProfileUrl } from './canonical';
import type { CoffeeChatDb } from './db';
import { PersonNotFound, StorageError } from './errors';
import type { Person } from './schema';

/** Error names IndexedDB and Dexie use when the browser will not store anything. */
const QUOTA = new Set(['QuotaExceededError']);
const CLOSED = new Set(['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'UnknownError', 'VersionError', 'ReadOnlyError', 'MissingAPIError']);

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const c = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof c.name === 'string') names.push(c.name);
    cur = c.inner ?? c.cause;
  }
  return names;
}

/** Turns the browser's storage failures into a StorageError with a sentence; other errors pass through. */
export function toStorageError(e: unknown): unknown {
  if (e instanceof StorageError) return e;
  const names = errorNames(e);
  if (names.some((n) => QUOTA.has(n))) {
    return new StorageError(
      'Your browser refused to save: the disk may be full, or the browser has limited storage for extensions. Nothing was changed; free some space and try again.',
      'quota',
      { cause: e },
    );
  }
  if (names.some((n) => CLOSED.has(n))) {
    return new StorageError(
      "Your browser closed the tracker's database, so this wasn't saved. Nothing was changed; reload the page and try again.",
      'closed',
      { cause: e },
    );
  }
  return e;
}

/**
 * The one way the application writes: one transaction over every tracker table. People are
 * stored through putPeople / deletePeople (summaries.ts), which write each person's summary
 * row beside them, so the list and the nudges never see one without the other. Nested calls
 * join the outer transaction, so a composite operation (import, saveDraft with a profile)
 * stays atomic; the browser's storage failures come back as a StorageError with a sentence.
 */
export async function write<T>(db: CoffeeChatDb, fn: () => Promise<T>): Promise<T> {
  try {
    // Always an async scope function, whatever `fn` is: Dexie follows a transaction across native
    // awaits by one global count that only async scopes keep balanced. A plain `() => emptyBin()`
    // threw it off, and a write running beside it lost its transaction (PrematureCommitError,
    // TransactionInactiveError): the step a woken background got during its start-up work failed.
    return await db.transaction('rw', [db.people, db.history, db.meta, db.summaries, db.mentorships], async () => fn());
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The person, by id or by any link to their profile. */
export async function mustGet(db: CoffeeChatDb, personId: string): Promise<Person> {
  const p = (await db.people.get(personId)) ?? (await db.people.get(canonicalProfileUrl(personId) ?? personId));
  if (!p) throw new PersonNotFound(personId);
  return p;
}
