import { z } from '../zod';
import { MentorshipSchema, type Mentorship } from '../mentorship/schema';
import { canonicalProfileUrl } from './canonical';
import { consistencyProblems } from './consistency';
import { ImportError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelopeSchema } from './export-format';
import { parseExportText } from './import-file';
import { describeIssues } from './issues';
import { NoteSchema, OutreachEventSchema, PersonSchema, type Note, type OutreachEvent, type Person } from './schema';

/**
 * An event's `before` (the state undo puts back) is only checked to be an object here, and in
 * full by undo when it is used (undo.ts): checking 30,000 state snapshots was most of the time
 * an import spent on events, for a step that is rarely undone.
 */
const ImportedEventSchema = OutreachEventSchema.extend({ before: z.record(z.string(), z.unknown()).optional() });

/** A record of the file that will not be imported, and why, in words the data page shows as they are. */
export interface ImportProblem {
  what: 'person' | 'step' | 'note' | 'mentorship';
  /** 1-based position in the file's list of that kind. */
  index: number;
  /** "person 3 (Ada Okafor): stage is held but the chat has no held date (heldAt)". */
  reason: string;
}
/** The earlier name, kept for callers. */
export type Skipped = ImportProblem;

export interface CheckedFile {
  /** Only the records without problems: what an import "without the listed records" writes. */
  people: Person[];
  events: Omit<OutreachEvent, 'id'>[];
  notes: Omit<Note, 'id'>[];
  mentorships: Mentorship[];
  problems: ImportProblem[];
  settings?: unknown;
}

function checkEnvelope(data: unknown) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    throw new ImportError([`expected a Coffee Chat export (a JSON object), found ${found}`], "This JSON file isn't a Coffee Chat export");
  }
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new ImportError(['its "format" is not "coffee-chat". Coffee Chat imports only the .json file that \u201cExport everything (JSON)\u201d makes'], "This JSON file isn't a Coffee Chat export");
  if (typeof d.version === 'number' && d.version > EXPORT_VERSION) {
    throw new ImportError([`it was made by a newer Coffee Chat (file version ${d.version}); update the extension first`]);
  }
  const r = ExportEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!r.success) throw new ImportError(describeIssues(r.error));
  return r.data;
}

/** Canonicalises a record's profile link field before the schema sees it. */
function canonical(raw: unknown, key: 'id' | 'personId'): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const rec = raw as Record<string, unknown>;
  if (typeof rec[key] !== 'string') return raw;
  const url = canonicalProfileUrl(rec[key]) ?? rec[key];
  return url === rec[key] ? raw : { ...rec, [key]: url };
}

const nameOf = (raw: unknown): string => {
  const n = (raw as { name?: unknown } | null)?.name;
  return typeof n === 'string' && n.trim() ? ` (${n.trim().slice(0, 80)})` : '';
};
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Reads and checks a whole export before anything is written: the envelope, every
 * record against the store's own schemas, and every person's fields against their stage and
 * step log. A file that is not an export at all throws ImportError saying what it is; a bad
 * record is listed as a problem, with its dependents (a left-out person's steps, notes, journal).
 * A file whose people are all unreadable is corrupt, not an empty import.
 */
export function checkExport(input: string | unknown): CheckedFile {
  const env = checkEnvelope(typeof input === 'string' ? parseExportText(input) : input);
  const problems: ImportProblem[] = [];
  // People left out, by id where one could be read: their steps, notes and journal go with them.
  const personProblem = new Map<string, ImportProblem>();
  const readable = new Map<string, { person: Person; problem: ImportProblem }>();
  env.people.forEach((raw, i) => {
    const problem: ImportProblem = { what: 'person', index: i + 1, reason: `person ${i + 1}${nameOf(raw)}` };
    const bad = (reason: string) => {
      problem.reason += `: ${reason}`;
      problems.push(problem);
      const id = (canonical(raw, 'id') as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !personProblem.has(id) && !readable.has(id)) personProblem.set(id, problem);
    };
    const r = PersonSchema.safeParse(canonical(raw, 'id'), { reportInput: true });
    if (!r.success) return bad(describeIssues(r.error, '', 3).join(', '));
    if (!canonicalProfileUrl(r.data.id)) return bad('id is not a LinkedIn profile URL');
    const first = readable.get(r.data.id);
    if (first) return bad(`the same person appears earlier in the file (person ${first.problem.index})`);
    readable.set(r.data.id, { person: { ...r.data, profile: { ...r.data.profile, url: r.data.id }, search: '' }, problem });
  });
  // "step 4 (Ada Okafor's)": whose record it is, when its person could be read.
  const ownerOf = (raw: unknown) => {
    const id = (canonical(raw, 'personId') as { personId?: unknown } | null)?.personId;
    const name = typeof id === 'string' ? readable.get(id)?.person.name : undefined;
    return name ? ` (${name.slice(0, 80)}'s)` : '';
  };
  const parsed: { e: Omit<OutreachEvent, 'id'>; index: number }[] = [];
  const logs = new Map<string, Omit<OutreachEvent, 'id'>[]>();
  env.events.forEach((raw, i) => {
    const r = (ImportedEventSchema as z.ZodType<OutreachEvent>).safeParse(canonical(raw, 'personId'), { reportInput: true });
    if (!r.success) return void problems.push({ what: 'step', index: i + 1, reason: `step ${i + 1}${ownerOf(raw)}: ${describeIssues(r.error, '', 3).join(', ')}` });
    const { id: _local, ...e } = r.data;
    parsed.push({ e, index: i + 1 });
    (logs.get(e.personId) ?? logs.set(e.personId, []).get(e.personId)!).push(e);
  });
  // Each readable person against their own step log: an impossible one is left out, never stored.
  const people = new Map<string, Person>();
  for (const [id, { person, problem }] of readable) {
    const why = consistencyProblems(person, logs.get(id) ?? []);
    if (why.length === 0) people.set(id, person);
    else {
      problem.reason += `: ${why.join('; ')}`;
      problems.push(problem);
      personProblem.set(id, problem);
    }
  }
  if (env.people.length > 0 && people.size === 0) {
    throw new ImportError(problems.slice(0, 5).map((s) => s.reason), `None of the ${env.people.length} people in this file could be read`);
  }
  const gone = new Map<ImportProblem, { steps: number; notes: number; journal: boolean }>();
  const goesWith = (personId: string, what: 'steps' | 'notes' | 'journal'): boolean => {
    const owner = personProblem.get(personId);
    if (!owner) return false;
    const d = gone.get(owner) ?? gone.set(owner, { steps: 0, notes: 0, journal: false }).get(owner)!;
    if (what === 'journal') d.journal = true;
    else d[what]++;
    return true;
  };
  const orphan = (what: ImportProblem['what'], index: number, label: string) =>
    problems.push({ what, index, reason: `${label} ${index}: its person is not in the file` });

  const events: Omit<OutreachEvent, 'id'>[] = [];
  for (const { e, index } of parsed) {
    if (people.has(e.personId)) events.push(e);
    else if (!goesWith(e.personId, 'steps')) orphan('step', index, 'step');
  }
  const notes: Omit<Note, 'id'>[] = [];
  env.notes.forEach((raw, i) => {
    const r = NoteSchema.safeParse(canonical(raw, 'personId'), { reportInput: true });
    if (!r.success) return void problems.push({ what: 'note', index: i + 1, reason: `note ${i + 1}${ownerOf(raw)}: ${describeIssues(r.error, '', 3).join(', ')}` });
    const { id: _local, ...n } = r.data;
    if (people.has(n.personId)) notes.push(n);
    else if (!goesWith(n.personId, 'notes')) orphan('note', i + 1, 'note');
  });
  const mentorships: Mentorship[] = [];
  const journalOf = new Map<string, number>();
  (env.mentorships ?? []).forEach((raw, i) => {
    const bad = (reason: string) => problems.push({ what: 'mentorship', index: i + 1, reason: `mentorship journal ${i + 1}: ${reason}` });
    const r = MentorshipSchema.safeParse(canonical(raw, 'personId'), { reportInput: true });
    if (!r.success) return bad(describeIssues(r.error, '', 3).join(', '));
    const id = r.data.personId;
    if (!people.has(id)) return goesWith(id, 'journal') ? undefined : bad('its person is not in the file');
    if (journalOf.has(id)) return bad(`the same person has another journal (journal ${journalOf.get(id)})`);
    journalOf.set(id, i + 1);
    mentorships.push(r.data);
  });
  for (const [problem, d] of gone) {
    const parts = [d.steps ? plural(d.steps, 'step') : '', d.notes ? plural(d.notes, 'note') : '', d.journal ? 'mentorship journal' : ''].filter(Boolean);
    problem.reason += ` (left out with their ${parts.join(', ')})`;
  }
  problems.sort((a, b) => ORDER.indexOf(a.what) - ORDER.indexOf(b.what) || a.index - b.index);
  return { people: [...people.values()], events, notes, mentorships, problems, ...(env.settings !== undefined ? { settings: env.settings } : {}) };
}

const ORDER: ImportProblem['what'][] = ['person', 'step', 'note', 'mentorship'];
