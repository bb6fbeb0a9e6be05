import type { CoffeeChatDb } from './db';
import { mergeImported } from './import-merge';
import { checkExport, type Skipped } from './import-validate';
import type { Person } from './schema';
import { searchText } from './search-text';
import { write } from './tx';

export interface ImportSummary {
  /** People counted once each: new, changed by the file, or already identical. */
  added: number;
  updated: number;
  unchanged: number;
  eventsAdded: number;
  notesAdded: number;
  skipped: Skipped[];
  /** The file's settings, unchecked: the caller parses them (parseSettings) if it wants them. */
  settings?: unknown;
}

const eventKey = (e: { personId: string; type: string; at: number }) => `${e.personId}\u0000${e.type}\u0000${e.at}`;
const noteKey = (n: { personId: string; at: number; text: string }) => `${n.personId}\u0000${n.at}\u0000${n.text}`;

/**
 * Imports an export (text or parsed JSON), merging by profile URL. The whole file is checked
 * first (ImportError, nothing written, when it can't be read), then everything is written in
 * one transaction: a storage failure leaves the tracker as it was. Events dedupe on
 * (person, type, time) and notes on (person, time, text), so importing twice adds nothing.
 */
export async function importData(db: CoffeeChatDb, input: string | unknown): Promise<ImportSummary> {
  const file = checkExport(input);
  return write(db, async () => {
    const ids = file.people.map((p) => p.id);
    const [known, oldEvents, oldNotes] = await Promise.all([
      db.people.bulkGet(ids),
      db.events.where('personId').anyOf(ids).toArray(),
      db.notes.where('personId').anyOf(ids).toArray(),
    ]);
    const seenEvents = new Set(oldEvents.map(eventKey));
    const seenNotes = new Set(oldNotes.map(noteKey));
    const events = file.events.filter((e) => !seenEvents.has(eventKey(e)) && seenEvents.add(eventKey(e)));
    const notes = file.notes.filter((n) => !seenNotes.has(noteKey(n)) && seenNotes.add(noteKey(n)));
    const grew = new Set([...events, ...notes].map((r) => r.personId));
    await db.events.bulkAdd(events);
    await db.notes.bulkAdd(notes);

    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, eventsAdded: events.length, notesAdded: notes.length, skipped: file.skipped };
    const changed: Person[] = [];
    file.people.forEach((incoming, i) => {
      const { person, status } = mergeImported(known[i], incoming);
      const final = status === 'unchanged' && grew.has(person.id) ? 'updated' : status;
      summary[final]++;
      if (final !== 'unchanged') changed.push(person);
    });
    await db.people.bulkPut(await withSearchAll(db, changed));
    if (file.settings !== undefined) summary.settings = file.settings;
    return summary;
  });
}

/** Search text for many people with one notes query (withSearch would run one per person). */
async function withSearchAll(db: CoffeeChatDb, people: Person[]): Promise<Person[]> {
  const byPerson = new Map<string, string[]>();
  for (const n of await db.notes.where('personId').anyOf(people.map((p) => p.id)).toArray()) {
    byPerson.set(n.personId, [...(byPerson.get(n.personId) ?? []), n.text]);
  }
  return people.map((p) => ({ ...p, search: searchText(p, byPerson.get(p.id) ?? []) }));
}
