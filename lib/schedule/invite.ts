import { createEvent, type EventAttributes } from 'ics';
import type { Booking } from './booking';
import { fnv1a } from '../hash';

export interface InviteRequest {
  title: string;
  /** The chat's start instant (ms). */
  start: number;
  minutes: number;
  description?: string;
  /** The 2–3 questions (ARCHITECTURE.md §5 "chat scheduled"); listed as bullets under the description. */
  agenda?: string[];
  /** RFC 5545 wants an address for ORGANIZER/ATTENDEE, so each is written only when an email is known. */
  organizer?: { name?: string; email: string };
  attendeeName?: string;
  attendeeEmail?: string;
  /** Their LinkedIn profile, in the description, so the invite says who this is. */
  link?: string;
  /** A reminder this many minutes before (VALARM); default 10, 0 for none. */
  remindMinutes?: number;
  /** When the file is made (DTSTAMP): with SEQUENCE, how calendars tell the newer copy. Without it, `start`. */
  now?: number;
  /** Which chat this is (booking.ts chatBooking): the UID, and a SEQUENCE that never drops for later downloads.
   *  Without it the UID comes from the time and title, so a moved chat is a new event (the first release's behaviour). */
  booking?: Booking;
}

// FNV-1a: a stable UID from the inputs, so re-exporting the same chat updates the calendar entry
// instead of duplicating it, and tests compare exact text. `seed` varies the start state, so two
// seeds give a UID twice as wide: 10,000 chats stay clear of a clash, where 32 bits would not.
const hash = (text: string, seed?: number): string => fnv1a(text, seed).toString(16).padStart(8, '0');

function uidOf(req: InviteRequest): string {
  const b = req.booking;
  if (!b) return `${hash(`${req.start}|${req.minutes}|${req.title}`)}-${req.start}@coffee-chat`;
  return `${hash(b.key)}${hash(b.key, 0x050c5d1f)}@coffee-chat`;
}

/**
 * The .ics text for a chat. Times are written in UTC ("…Z"): the instant is exact and every calendar
 * shows it in its owner's zone, so the other person sees it in *their* time zone (ARCHITECTURE.md §5; guide 001,
 * "Own the Logistics"). A TZID form would need VTIMEZONE blocks, which the `ics` package does not write.
 */
export function chatInvite(req: InviteRequest): string {
  const { title, start, minutes } = req;
  const lines = [req.description?.trim(), req.attendeeName && !req.attendeeEmail ? `With ${req.attendeeName}` : undefined];
  if (req.agenda?.length) lines.push(['Agenda:', ...req.agenda.map((q) => `- ${q}`)].join('\n'));
  if (req.link) lines.push(`Profile: ${req.link}`);
  const remind = req.remindMinutes ?? 10;
  const description = lines.filter(Boolean).join('\n\n');
  const event: EventAttributes = {
    title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes },
    uid: uidOf(req),
    ...(req.booking ? { sequence: req.booking.sequence } : {}),
    productId: 'coffee-chat',
    ...(description ? { description } : {}),
    ...(remind > 0 ? { alarms: [{ action: 'display' as const, description: `${title} in ${remind} minutes`, trigger: { minutes: remind, before: true } }] } : {}),
    ...(req.organizer ? { organizer: req.organizer } : {}),
    ...(req.attendeeEmail
      ? { attendees: [{ email: req.attendeeEmail, rsvp: true, ...(req.attendeeName ? { name: req.attendeeName } : {}) }] }
      : {}),
  };
  // DTSTAMP is accepted by `ics` at run time but missing from its types; without it the stamp is Date.now().
  const withStamp = { ...event, timestamp: req.now ?? start };
  const { error, value } = createEvent(withStamp);
  if (error || !value) throw new Error(`Could not build the calendar invite: ${error?.message ?? 'no output'}`);
  return value;
}
