import { z } from '../zod';
import { canonicalProfileUrl } from './canonical';
import { ImportError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelopeSchema } from './export-format';
import { describeIssues } from './issues';
import { checkMentorships } from './mentorship-store';
import type { Mentorship } from '../mentorship/schema';
import { NoteSchema, OutreachEventSchema, PersonSchema, type Note, type OutreachEvent, type Person } from './schema';

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * An event's `before` (the state undo puts back) is only checked to be an object here, and in
 * full by undo when it is used (undo.ts): checking 30,000 state snapshots was most of the time
 * an import spent on events, for a step that is rarely undone.
 */
const ImportedEventSchema = OutreachEventSchema.extend({ before: z.record(z.string(), z.unknown()).optional() });

export interface Skipped {
  what: 'person' | 'event' | 'note' | 'mentorship';
  /** 1-based position in the file's list. */
  index: number;
  reason: string;
}

export interface CheckedFile {
  people: Person[];
  events: Omit<OutreachEvent, 'id'>[];
  notes: Omit<Note, 'id'>[];
  mentorships: Mentorship[];
  skipped: Skipped[];
  settings?: unknown;
}

function parseJson(input: string): unknown {
  if (input.length > MAX_BYTES) throw new ImportError(['the file is over 200 MB, too big to be an export']);
  try {
    return JSON.parse(input);
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 120) : 'unreadable';
    throw new ImportError([`the file is not complete JSON; it may be cut off or not an export (${why})`]);
  }
}

function checkEnvelope(data: unknown) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError([`expected a Coffee Chat export (a JSON object), found ${Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`}`]);
  }
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new ImportError(['this is not a Coffee Chat export (its "format" is not "coffee-chat")']);
  if (typeof d.version === 'number' && d.version > EXPORT_VERSION) {
    throw new ImportError([`it was made by a newer Coffee Chat (file version ${d.version}); update the extension first`]);
  }
  const r = ExportEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!r.success) throw new ImportError(describeIssues(r.error));
  return r.data;
}

/** Canonicalises a record's profile link field in place before the schema sees it. */
function canonical(raw: unknown, key: 'id' | 'personId'): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const rec = raw as Record<string, unknown>;
  if (typeof rec[key] !== 'string') return raw;
  const url = canonicalProfileUrl(rec[key]) ?? rec[key];
  return url === rec[key] ? raw : { ...rec, [key]: url };
}

/**
 * Reads and checks a whole export before anything is written. A file that is not an export
 * at all throws ImportError naming the first problems; a bad record is skipped with a reason.
 * A file whose people are all unreadable is treated as corrupt, not as an empty import.
 */
export function checkExport(input: string | unknown): CheckedFile {
  const env = checkEnvelope(typeof input === 'string' ? parseJson(input) : input);
  const skipped: Skipped[] = [];
  const people = new Map<string, Person>();
  env.people.forEach((raw, i) => {
    const r = PersonSchema.safeParse(canonical(raw, 'id'), { reportInput: true });
    const bad = (reason: string) => skipped.push({ what: 'person', index: i + 1, reason: `person ${i + 1}: ${reason}` });
    if (!r.success) return bad(describeIssues(r.error, '', 3).join(', '));
    if (!canonicalProfileUrl(r.data.id)) return bad('id is not a LinkedIn profile URL');
    if (people.has(r.data.id)) return bad('the same person appears earlier in the file');
    people.set(r.data.id, { ...r.data, profile: { ...r.data.profile, url: r.data.id }, search: '' });
  });
  if (env.people.length > 0 && people.size === 0) {
    throw new ImportError(skipped.slice(0, 5).map((s) => s.reason), `None of the ${env.people.length} people in this file could be read`);
  }
  const owned = <T extends { personId: string }>(what: 'event' | 'note', list: unknown[], schema: z.ZodType<T>): T[] => {
    const out: T[] = [];
    list.forEach((raw, i) => {
      const r = schema.safeParse(canonical(raw, 'personId'), { reportInput: true });
      if (r.success && people.has(r.data.personId)) out.push(r.data);
      else {
        const reason = r.success ? 'its person is not in the file, or was skipped' : describeIssues(r.error, '', 3).join(', ');
        skipped.push({ what, index: i + 1, reason: `${what} ${i + 1}: ${reason}` });
      }
    });
    return out;
  };
  const events = owned('event', env.events, ImportedEventSchema as z.ZodType<OutreachEvent>).map(({ id: _id, ...e }) => e);
  const notes = owned('note', env.notes, NoteSchema).map(({ id: _id, ...n }) => n);
  const journals = checkMentorships(env.mentorships ?? [], new Set(people.keys()));
  for (const s of journals.skipped) skipped.push({ what: 'mentorship', ...s });
  return { people: [...people.values()], events, notes, mentorships: journals.mentorships, skipped, ...(env.settings !== undefined ? { settings: env.settings } : {}) };
}
