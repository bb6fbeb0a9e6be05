import { z } from '../zod';
import type { Mentorship } from '../mentorship/schema';
import type { Note, OutreachEvent, Person } from './schema';

export const EXPORT_FORMAT = 'coffee-chat';
export const EXPORT_VERSION = 1;

/**
 * The export file's envelope. Records are checked one by one after it (import.ts), so one
 * bad person is skipped with a reason instead of failing the whole file.
 */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(64),
  people: z.array(z.unknown()).max(100_000),
  events: z.array(z.unknown()).max(1_000_000),
  notes: z.array(z.unknown()).max(1_000_000),
  /** The mentorship journals (lib/mentorship); absent from files made before them. */
  mentorships: z.array(z.unknown()).max(100_000).optional(),
  settings: z.unknown().optional(),
});

/** A person as exported: without the derived search text, which import recomputes. */
export type ExportedPerson = Omit<Person, 'search'>;
export type ExportedEvent = Omit<OutreachEvent, 'id'>;
export type ExportedNote = Omit<Note, 'id'>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  people: ExportedPerson[];
  events: ExportedEvent[];
  notes: ExportedNote[];
  mentorships?: Mentorship[];
  settings?: unknown;
}
