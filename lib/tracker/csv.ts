import Papa from 'papaparse';
import type { CoffeeChatDb } from './db';
import { STAGE_LABELS } from './refusals';
import type { Channel, CloseReason, Note, Person } from './schema';

/** The channel and close reason as the dashboard words them. */
const CHANNEL_LABELS: Record<Channel, string> = { 'connection-note': 'Connection note', message: 'Message', inmail: 'InMail', email: 'Email' };
const REASON_LABELS: Record<CloseReason, string> = { 'no-reply': 'No reply', declined: 'Declined', 'not-a-fit': 'Not a fit', 'goals-met': 'Goals met' };

const two = (n: number) => String(n).padStart(2, '0');
/**
 * "2026-12-03 14:05" in the computer's own time zone: Excel, Numbers, LibreOffice and Google Sheets
 * all read it as a date and time, where ISO's "2026-12-03T13:05:00.000Z" stays text in most of them.
 */
export function localStamp(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

type Row = { person: Person; notes: readonly Pick<Note, 'at' | 'text'>[] };
const COLUMNS: [string, (r: Row) => string | number][] = [
  ['Name', ({ person: p }) => p.name],
  ['LinkedIn profile', ({ person: p }) => p.id],
  ['Company', ({ person: p }) => p.company],
  ['Headline', ({ person: p }) => p.profile.headline ?? ''],
  ['Location', ({ person: p }) => p.profile.location ?? ''],
  ['Stage', ({ person: p }) => STAGE_LABELS[p.stage]],
  ['Asked by', ({ person: p }) => (p.askChannel ? CHANNEL_LABELS[p.askChannel] : '')],
  ['Invited', ({ person: p }) => localStamp(p.invitedAt)],
  ['Asked', ({ person: p }) => localStamp(p.sentAt)],
  ['Check-ins sent', ({ person: p }) => p.checkInsSent],
  ['Replied', ({ person: p }) => localStamp(p.repliedAt)],
  ['Chat', ({ person: p }) => localStamp(p.chat?.at)],
  ['Chat minutes', ({ person: p }) => p.chat?.minutes ?? ''],
  ['Chat held', ({ person: p }) => localStamp(p.heldAt)],
  ['Thank-you sent', ({ person: p }) => localStamp(p.thankYouAt)],
  ['Report-back sent', ({ person: p }) => localStamp(p.reportBackAt)],
  ['Mentorship every (days)', ({ person: p }) => p.mentorship?.cadenceDays ?? ''],
  ['Closed', ({ person: p }) => localStamp(p.closedAt)],
  ['Close reason', ({ person: p }) => (p.closedReason ? REASON_LABELS[p.closedReason] : '')],
  ['Tags', ({ person: p }) => p.tags.join('; ')],
  ['Notes', ({ notes }) => notes.map((n) => `${localStamp(n.at)}: ${n.text}`).join('\n')],
  ['Last step', ({ person: p }) => localStamp(p.lastStepAt)],
];

/**
 * The people as a spreadsheet: UTF-8 with a byte-order mark, so Excel shows "Nguyễn Thị Lan"
 * and not mojibake; human column names and values; local times a spreadsheet reads as dates.
 * Profile text and notes are other people's or free writing, so cells a spreadsheet would run as a
 * formula (=, +, -, @, tab, return) are escaped.
 */
export function peopleCsv(people: readonly Person[], notesOf: (id: string) => readonly Pick<Note, 'at' | 'text'>[] = () => []): string {
  const rows = people.map((person) => ({ person, notes: notesOf(person.id) }));
  return '\uFEFF' + Papa.unparse(
    { fields: COLUMNS.map(([name]) => name), data: rows.map((r) => COLUMNS.map(([, get]) => get(r))) },
    // papaparse's own pattern (escapeFormulae: true) has no `s` flag, so "=…\n…" slipped past it.
    { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' },
  );
}

/** Sorted by name as IndexedDB would (code units, then id); people have no name index to spare the writes. */
export async function exportCsv(db: CoffeeChatDb): Promise<string> {
  const [people, histories] = await db.transaction('r', [db.people, db.history], async () => Promise.all([db.people.toArray(), db.history.toArray()]));
  const notes = new Map(histories.map((h) => [h.personId, h.notes]));
  return peopleCsv(people.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)), (id) => notes.get(id) ?? []);
}
