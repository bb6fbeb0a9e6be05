import { createEvent, type EventAttributes } from 'ics';

export interface InviteRequest {
  title: string;
  /** The chat's start instant (ms). */
  start: number;
  minutes: number;
  description?: string;
  /** The 2–3 questions (ASK.md §5 "chat scheduled"); listed as bullets under the description. */
  agenda?: string[];
  /** RFC 5545 wants an address for ORGANIZER/ATTENDEE, so each is written only when an email is known. */
  organizer?: { name?: string; email: string };
  attendeeName?: string;
  attendeeEmail?: string;
  /** DTSTAMP; defaults to `start` so the same chat always yields the same file. */
  stamp?: number;
}

// FNV-1a: a stable UID from the inputs, so re-exporting the same chat updates the calendar entry
// instead of duplicating it, and tests compare exact text.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The .ics text for a chat. Times are written in UTC ("…Z"): the instant is exact and every calendar
 * shows it in its owner's zone, so the other person sees it in *their* time zone (ASK.md §5; guide 001,
 * "Own the Logistics"). A TZID form would need VTIMEZONE blocks, which the `ics` package does not write.
 */
export function chatInvite(req: InviteRequest): string {
  const { title, start, minutes } = req;
  const lines = [req.description?.trim(), req.attendeeName && !req.attendeeEmail ? `With ${req.attendeeName}` : undefined];
  if (req.agenda?.length) lines.push(['Agenda:', ...req.agenda.map((q) => `- ${q}`)].join('\n'));
  const description = lines.filter(Boolean).join('\n\n');
  const event: EventAttributes = {
    title,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes },
    uid: `${hash(`${start}|${minutes}|${title}`)}-${start}@coffee-chat`,
    productId: 'coffee-chat',
    ...(description ? { description } : {}),
    ...(req.organizer ? { organizer: req.organizer } : {}),
    ...(req.attendeeEmail
      ? { attendees: [{ email: req.attendeeEmail, rsvp: true, ...(req.attendeeName ? { name: req.attendeeName } : {}) }] }
      : {}),
  };
  // DTSTAMP is accepted by `ics` at run time but missing from its types; without it the stamp is Date.now().
  const withStamp = { ...event, timestamp: req.stamp ?? start };
  const { error, value } = createEvent(withStamp);
  if (error || !value) throw new Error(`Could not build the calendar invite: ${error?.message ?? 'no output'}`);
  return value;
}
