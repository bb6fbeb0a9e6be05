import type { CoffeeChatDb } from './db';
import { groupHistory, indexed, reserveIds, type HistoryRow } from './history';
import { mergeDivergedEvents, mergeImported, type StateSource } from './import-merge';
import { checkExport, type Skipped } from './import-validate';
import { importMentorships } from './mentorship-store';
import type { OutreachEvent, Person } from './schema';
import { searchText } from './search-text';
import { putPeople } from './summaries';
import { displayName } from './state';
import { write } from './tx';

export interface ImportSummary {
  /** People counted once each: new, changed by the file, or already identical. */
  added: number;
  updated: number;
  unchanged: number;
  eventsAdded: number;
  notesAdded: number;
  /** Mentorship journals added or changed by the file (merged by id). */
  mentorships: number;
  skipped: Skipped[];
  /** People whose steps here and in the file had grown apart: their logs were interleaved (import-merge.ts). */
  merged: { id: string; name: string }[];
  /** The file's settings, unchecked: the caller parses them (parseSettings) if it wants them. */
  settings?: unknown;
}

// Two steps of one type at one instant (the dashboard's clock ticks every 30 s) stay two
// steps when they differ in kind, text or details; only a true copy is a duplicate.
const eventKey = (e: Omit<OutreachEvent, 'id' | 'before'>) =>
  [e.personId, e.type, e.at, e.sentKind ?? '', e.channel ?? '', e.text ?? '', e.detail ? JSON.stringify(e.detail) : ''].join('\u0000');
const noteKey = (n: { personId: string; at: number; text: string }) => `${n.personId}\u0000${n.at}\u0000${n.text}`;

/**
 * Imports an export (text or parsed JSON), merging by profile URL. The whole file is checked
 * first (ImportError, nothing written, when it can't be read), then everything is written in
 * one transaction: a storage failure leaves the tracker as it was. Events dedupe on their
 * content (eventKey) and notes on (person, time, text), so importing twice adds nothing.
 */
export async function importData(db: CoffeeChatDb, input: string | unknown): Promise<ImportSummary> {
  const file = checkExport(input);
  return write(db, async () => {
    // Only people already here have a record and a history to merge with: into an empty
    // tracker this reads one list of keys, not 10,000 lookups.
    const here = new Set(await db.people.toCollection().primaryKeys());
    const knownIds = file.people.map((p) => p.id).filter((id) => here.has(id));
    const [knownPeople, knownHistories] = await Promise.all([db.people.bulkGet(knownIds), db.history.bulkGet(knownIds)]);
    const known = new Map(knownPeople.map((p) => [p!.id, p!]));
    const histories = new Map<string, HistoryRow>();
    for (const h of knownHistories) if (h) histories.set(h.personId, h);
    const seenEvents = new Set([...histories.values()].flatMap((h) => h.events.map(eventKey)));
    const seenNotes = new Set([...histories.values()].flatMap((h) => h.notes.map(noteKey)));
    // Each key once: they hold the sent text, and a 10,000-person file has 30,000 events.
    const keyed = file.events.map((e) => [eventKey(e), e] as const);
    const events = keyed.filter(([k]) => !seenEvents.has(k) && seenEvents.add(k)).map(([, e]) => e);
    const notes = file.notes.filter((n) => !seenNotes.has(noteKey(n)) && seenNotes.add(noteKey(n)));
    const grew = new Set([...events, ...notes].map((r) => r.personId));
    // Who has steps the other lacks decides whose state wins (StateSource). People with local
    // steps the file lacks, about to get steps from it: their histories diverged.
    const fileEvents = new Set(histories.size ? keyed.map(([k]) => k) : []);
    const gotSteps = new Set(events.map((e) => e.personId));
    const aheadHere = new Set([...histories.values()].filter((h) => h.events.some((e) => !fileEvents.has(eventKey(e)))).map((h) => h.personId));
    const diverged = [...histories.values()].filter((h) => gotSteps.has(h.personId) && aheadHere.has(h.personId));
    const source = (id: string): StateSource =>
      gotSteps.has(id) ? (aheadHere.has(id) ? 'latest' : 'incoming') : aheadHere.has(id) ? 'known' : 'edited';
    groupHistory(histories, events, notes, await reserveIds(db, events.length + notes.length));
    for (const { personId } of diverged) {
      const h = histories.get(personId)!;
      histories.set(personId, { ...h, events: mergeDivergedEvents(h.events), merged: true });
    }
    await db.history.bulkPut([...grew].map((id) => indexed(histories.get(id)!)));

    const summary: ImportSummary = {
      added: 0, updated: 0, unchanged: 0, eventsAdded: events.length, notesAdded: notes.length, mentorships: 0, skipped: file.skipped,
      merged: diverged.map((h) => ({ id: h.personId, name: displayName(known.get(h.personId)!) })),
    };
    const changed: Person[] = [];
    for (const incoming of file.people) {
      const { person, status } = mergeImported(known.get(incoming.id), incoming, source(incoming.id));
      const final = status === 'unchanged' && grew.has(person.id) ? 'updated' : status;
      summary[final]++;
      if (final !== 'unchanged') changed.push(person);
    }
    // Search text from the notes in hand, not a query per person.
    const texts = (id: string) => histories.get(id)?.notes.map((n) => n.text) ?? [];
    await putPeople(db, changed.map((p) => ({ ...p, search: searchText(p, texts(p.id)) })));
    // After the people: it refreshes their journal summaries (Person.journal).
    summary.mentorships = await importMentorships(db, file.mentorships);
    if (file.settings !== undefined) summary.settings = file.settings;
    return summary;
  });
}
