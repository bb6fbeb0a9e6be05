/**
 * Which calendar event a chat's invite is (RFC 5545 UID and SEQUENCE). A moved chat must keep its UID
 * with a higher SEQUENCE, or both people's calendars keep the old time beside the new one. Pure given
 * `now`: it reads the person's step log, so a reopened dashboard or a restored export gives the same UID.
 */

/** A step from the person's log (lib/tracker: OutreachEvent), as far as booking cares. */
export interface LoggedStep {
  type: string;
  /** When the step was recorded. */
  at: number;
  /** A "chat-scheduled" step holds the booked chat: `{ chat: { at, minutes, … } }` (lib/tracker/record.ts scheduleChat). */
  detail?: { readonly [key: string]: unknown };
}

export interface Booking {
  /** The same for one chat however often it moves, and after an import; another for the next chat. */
  key: string;
  /** The invite's SEQUENCE: never lower for a later download of the same booking, even after an undo. */
  sequence: number;
}

/** RFC 5545 §3.8.7.4: SEQUENCE is an "integer", a signed 32-bit value (§3.3.8). */
const MAX_SEQUENCE = 2_147_483_647;
/** Anchor of the sequence when the log holds no booking (a chat without its step): good until 2093. */
const FALLBACK_EPOCH = Date.UTC(2025, 0, 1);

/** The chat's start a "chat-scheduled" step recorded, when it holds one. */
function bookedStart(e: LoggedStep): number | undefined {
  const chat = e.detail?.chat;
  const at = chat && typeof chat === 'object' ? (chat as { at?: unknown }).at : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

/**
 * The booking of the person's current (or next) chat.
 *
 * A booking opens at a "chat-scheduled" step and is closed by "chat-held". A later "chat-scheduled" moves
 * the open booking, unless the chat it had booked last was already in the past when the new one was
 * recorded: that chat happened (or was missed) without being marked held, and the new one is another
 * event, not a move of it.
 *
 * The key is the person and when the booking's first "chat-scheduled" was recorded, both kept as they are
 * by an export and import (unlike the person's createdAt, which an import sets to the earlier copy's), and
 * distinct for two users asking the same person.
 *
 * The sequence is the whole seconds from that first "chat-scheduled" to `now` (the download): it grows with
 * time, not with the log, so an undo (a shorter log) can't lower it below an invite already sent.
 *
 * `pending`: a time being picked but not saved yet (the schedule form). It moves the open booking, or, when
 * there is none (or its chat is past), starts one recorded at `now`, as saving it then would.
 */
export function chatBooking(person: { id: string }, events: readonly LoggedStep[], pending = false, now: number = Date.now()): Booking {
  let opened: number | undefined; // when the open booking's first "chat-scheduled" was recorded
  let lastStart: number | undefined; // the chat it booked last
  let held = 0;
  const book = (at: number, start: number | undefined) => {
    if (opened === undefined || (lastStart !== undefined && lastStart < at)) {
      opened = at;
      lastStart = start;
    } else {
      lastStart = start ?? lastStart;
    }
  };
  for (const e of events) {
    if (e.type === 'chat-held') {
      held += 1;
      opened = lastStart = undefined;
    } else if (e.type === 'chat-scheduled') {
      book(e.at, bookedStart(e));
    }
  }
  if (pending) book(now, undefined);
  const since = opened ?? FALLBACK_EPOCH;
  const sequence = Math.min(MAX_SEQUENCE, Math.max(0, Math.floor((now - since) / 1000)));
  // No booking in the log (a chat whose step isn't there): one key per held count, stable across downloads.
  return { key: opened === undefined ? `${person.id}|unlogged|${held}` : `${person.id}|${opened}`, sequence };
}
