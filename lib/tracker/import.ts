import { summarize } from '../mentorship/summary';
import type { CoffeeChatDb } from './db';
import { ImportError } from './errors';
import { groupHistory, indexed, reserveIds } from './history';
import { mergeDivergedEvents } from './import-merge';
import { planImport, type ImportPlan } from './import-plan';
import { checkExport, type CheckedFile, type ImportProblem } from './import-validate';
import type { Person } from './schema';
import { searchText } from './search-text';
import { putPeople } from './summaries';
import { write } from './tx';

/** What an import will do (the preview) or did (the summary); the same numbers for both. */
export interface ImportPreview {
  added: number;
  updated: number;
  unchanged: number;
  eventsAdded: number;
  notesAdded: number;
  /** Mentorship journals added or changed by the file (merged by id). */
  mentorships: number;
  /** Records of the file that can't be imported, with their reasons; none is ever written. */
  problems: ImportProblem[];
  /** People whose steps here and in the file had grown apart: their logs are interleaved (import-merge.ts). */
  merged: { id: string; name: string }[];
}

export interface ImportSummary extends ImportPreview {
  /** The file's settings, unchecked: the caller parses them (parseSettings) if it wants them. */
  settings?: unknown;
}

const previewOf = (file: CheckedFile, plan: ImportPlan): ImportPreview => ({
  added: plan.people.filter((p) => p.status === 'added').length,
  updated: plan.people.filter((p) => p.status === 'updated').length,
  unchanged: plan.unchanged,
  eventsAdded: plan.events.length,
  notesAdded: plan.notes.length,
  mentorships: plan.mentorships.length,
  problems: file.problems,
  merged: plan.merged,
});

/**
 * What importing this file would do, read in one read-only transaction: nothing is written.
 * The page shows it and asks before `importData`. ImportError when it can't be read.
 */
export async function previewImport(db: CoffeeChatDb, input: string | unknown): Promise<ImportPreview> {
  const file = checkExport(input);
  // An async scope, as every transaction's (tx.ts write says why).
  return previewOf(file, await db.transaction('r', [db.people, db.history, db.mentorships], async () => planImport(db, file)));
}

/** The sentence for a file refused because of its problems: the listed records are why. */
export function refusedForProblems(problems: readonly ImportProblem[]): ImportError {
  const n = problems.length;
  return new ImportError(
    [...problems.slice(0, 5).map((p) => p.reason), ...(n > 5 ? [`and ${n - 5} more`] : [])],
    `Nothing was imported: ${n} ${n === 1 ? 'record has a problem' : 'records have problems'}. Import it without ${n === 1 ? 'that record' : 'them'}, or fix the file`,
  );
}

/**
 * Imports an export (text or parsed JSON), merging by profile URL. The whole file is checked
 * first; a file with any problem is refused whole (nothing written) unless `without` asks to
 * leave the listed records out. Everything is written in one transaction, so a storage failure
 * leaves the tracker as it was; a file that changes nothing writes nothing (not even the id counter).
 */
export async function importData(db: CoffeeChatDb, input: string | unknown, opts: { without?: boolean } = {}): Promise<ImportSummary> {
  const file = checkExport(input);
  if (file.problems.length && !opts.without) throw refusedForProblems(file.problems);
  return write(db, async () => {
    const plan = await planImport(db, file);
    const { histories } = plan;
    const added = plan.events.length + plan.notes.length;
    if (added) groupHistory(histories, plan.events, plan.notes, await reserveIds(db, added));
    for (const id of plan.diverged) {
      const h = histories.get(id)!;
      histories.set(id, { ...h, events: mergeDivergedEvents(h.events), merged: true });
    }
    const grew = new Set([...plan.events, ...plan.notes].map((r) => r.personId));
    if (grew.size) await db.history.bulkPut([...grew].map((id) => indexed(histories.get(id)!)));

    // Search text from the notes in hand, not a query per person; journal summaries from the merged journals.
    const texts = (id: string) => histories.get(id)?.notes.map((n) => n.text) ?? [];
    const out = new Map<string, Person>(plan.people.map(({ person: p }) => [p.id, { ...p, search: searchText(p, texts(p.id)) }]));
    for (const m of plan.mentorships) {
      const p = out.get(m.personId) ?? plan.known.get(m.personId);
      const journal = summarize(m);
      if (p && JSON.stringify(p.journal) !== JSON.stringify(journal)) out.set(p.id, { ...p, journal });
    }
    if (out.size) await putPeople(db, [...out.values()]);
    if (plan.mentorships.length) await db.mentorships.bulkPut(plan.mentorships);
    return { ...previewOf(file, plan), ...(file.settings !== undefined ? { settings: file.settings } : {}) };
  });
}
