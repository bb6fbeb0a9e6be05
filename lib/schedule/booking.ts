/**
 * Which calendar event a chat's invite is (RFC 5545 UID and SEQUENCE). A moved chat must keep its UID
 * with a higher SEQUENCE, or both people's calendars keep the old time beside the new one. Pure: it reads
 * the person's step log, so a reopened dashboard or a restored export gives the same answer.
 */

/** A step from the person's log (lib/tracker: OutreachEvent), as far as booking cares. */
export interface LoggedStep {
  type: string;
  at: number;
}

export interface Booking {
  /** The same for one chat however often it moves; another for the next chat. */
  key: string;
  /** How often it has moved since it was first booked: the invite's SEQUENCE. */
  revision: number;
}

/**
 * The booking of the person's current (or next) chat. The key is the person, when the user first added
 * them (so two users asking the same person don't share a UID in that person's calendar) and how many
 * chats were held before this one; every "chat-scheduled" since the last "chat-held" is one revision.
 * `pending`: a time being picked but not saved yet (the schedule form), which will be the next revision.
 */
export function chatBooking(person: { id: string; createdAt: number }, events: readonly LoggedStep[], pending = false): Booking {
  let held = 0;
  let moves = 0;
  for (const e of events) {
    if (e.type === 'chat-held') {
      held += 1;
      moves = 0;
    } else if (e.type === 'chat-scheduled') {
      moves += 1;
    }
  }
  return { key: `${person.id}|${person.createdAt}|${held}`, revision: pending ? moves : Math.max(0, moves - 1) };
}
