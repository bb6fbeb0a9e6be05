import { mergeMentorship } from '../mentorship/merge';
import type { Mentorship } from '../mentorship/schema';
import type { CoffeeChatDb } from './db';
import type { HistoryRow } from './history';
import { mergeImported, type StateSource } from './import-merge';
import type { CheckedFile } from './import-validate';
import type { OutreachEvent, Person } from './schema';
import { displayName } from './state';

// Two steps of one type at one instant (the dashboard's clock ticks every 30 s) stay two
// steps when they differ in kind, text or details; only a true copy is a duplicate.
const eventKey = (e: Omit<OutreachEvent, 'id' | 'before'>) =>
  [e.personId, e.type, e.at, e.sentKind ?? '', e.channel ?? '', e.text ?? '', e.detail ? JSON.stringify(e.detail) : ''].join('\u0000');
const noteKey = (n: { personId: string; at: number; text: string }) => `${n.personId}\u0000${n.at}\u0000${n.text}`;

/** What an import would change, computed from reads alone: the preview shows it, the import writes it. */
export interface ImportPlan {
  /** The merged people that change (added or updated), with their status. */
  people: { person: Person; status: 'added' | 'updated' }[];
  unchanged: number;
  events: Omit<OutreachEvent, 'id'>[];
  notes: CheckedFile['notes'];
  /** The people's stored histories the new steps and notes join (only those already here). */
  histories: Map<string, HistoryRow>;
  /** People whose logs here and in the file grew apart: interleaved by time (import-merge.ts). */
  diverged: string[];
  merged: { id: string; name: string }[];
  mentorships: Mentorship[];
  /** People already here whose journal summary the merged journals change. */
  known: Map<string, Person>;
}

/**
 * Reads what the file meets (inside any transaction) and decides everything an import does,
 * writing nothing. Only people already here have a record and a history to merge with: into an
 * empty tracker this reads one list of keys, not 10,000 lookups. Events dedupe on their content
 * and notes on (person, time, text), so importing twice adds nothing.
 */
export async function planImport(db: CoffeeChatDb, file: CheckedFile): Promise<ImportPlan> {
  const here = new Set(await db.people.toCollection().primaryKeys());
  const knownIds = file.people.map((p) => p.id).filter((id) => here.has(id));
  const journalIds = file.mentorships.map((m) => m.personId).filter((id) => here.has(id));
  const [knownPeople, knownHistories, knownJournals] = await Promise.all([
    db.people.bulkGet(knownIds), db.history.bulkGet(knownIds), journalIds.length ? db.mentorships.bulkGet(journalIds) : [],
  ]);
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
  // Who has steps the other lacks decides whose state wins (StateSource).
  const fileEvents = new Set(histories.size ? keyed.map(([k]) => k) : []);
  const gotSteps = new Set(events.map((e) => e.personId));
  const aheadHere = new Set([...histories.values()].filter((h) => h.events.some((e) => !fileEvents.has(eventKey(e)))).map((h) => h.personId));
  const diverged = [...histories.keys()].filter((id) => gotSteps.has(id) && aheadHere.has(id));
  const source = (id: string): StateSource =>
    gotSteps.has(id) ? (aheadHere.has(id) ? 'latest' : 'incoming') : aheadHere.has(id) ? 'known' : 'edited';

  const people: ImportPlan['people'] = [];
  let unchanged = 0;
  for (const incoming of file.people) {
    const { person, status } = mergeImported(known.get(incoming.id), incoming, source(incoming.id));
    if (status === 'unchanged' && !grew.has(person.id)) unchanged++;
    else people.push({ person, status: status === 'unchanged' ? 'updated' : status });
  }
  const journals = new Map((knownJournals as (Mentorship | undefined)[]).filter((m): m is Mentorship => !!m).map((m) => [m.personId, m]));
  const mentorships = file.mentorships.map((m) => mergeMentorship(journals.get(m.personId), m)).filter((r) => r.changed).map((r) => r.mentorship);
  return {
    people, unchanged, events, notes, histories, diverged, mentorships, known,
    merged: diverged.map((id) => ({ id, name: displayName(known.get(id)!) })),
  };
}
