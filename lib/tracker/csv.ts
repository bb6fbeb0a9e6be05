import Papa from 'papaparse';
import type { CoffeeChatDb } from './db';
import type { Person } from './schema';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

const COLUMNS: [string, (p: Person) => string | number][] = [
  ['name', (p) => p.name],
  ['url', (p) => p.id],
  ['company', (p) => p.company],
  ['headline', (p) => p.profile.headline ?? ''],
  ['location', (p) => p.profile.location ?? ''],
  ['stage', (p) => p.stage],
  ['channel', (p) => p.askChannel ?? ''],
  ['invitedAt', (p) => iso(p.invitedAt)],
  ['sentAt', (p) => iso(p.sentAt)],
  ['checkInsSent', (p) => p.checkInsSent],
  ['repliedAt', (p) => iso(p.repliedAt)],
  ['chatAt', (p) => iso(p.chat?.at)],
  ['heldAt', (p) => iso(p.heldAt)],
  ['thankYouAt', (p) => iso(p.thankYouAt)],
  ['reportBackAt', (p) => iso(p.reportBackAt)],
  ['mentorshipCadenceDays', (p) => p.mentorship?.cadenceDays ?? ''],
  ['closedAt', (p) => iso(p.closedAt)],
  ['closedReason', (p) => p.closedReason ?? ''],
  ['tags', (p) => p.tags.join('; ')],
  ['lastActivity', (p) => iso(p.lastStepAt)],
];

/**
 * The people as a spreadsheet. Profile text is other people's writing, so cells that a
 * spreadsheet would run as a formula (=, +, -, @) are escaped.
 */
export function peopleCsv(people: readonly Person[]): string {
  return Papa.unparse(
    { fields: COLUMNS.map(([name]) => name), data: people.map((p) => COLUMNS.map(([, get]) => get(p))) },
    // papaparse's own pattern (escapeFormulae: true) has no `s` flag, so "=…\n…" slipped past it.
    { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' },
  );
}

/** Sorted by name as IndexedDB would (code units, then id); people have no name index to spare the writes. */
export async function exportCsv(db: CoffeeChatDb): Promise<string> {
  const people = await db.people.toArray();
  return peopleCsv(people.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)));
}
