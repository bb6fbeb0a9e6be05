import { chatBooking } from '../../lib/schedule/booking';
import type { Me } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { readHistory } from '../../lib/tracker/history';
import type { Person } from '../../lib/tracker/schema';
import { downloadText } from './download';

/**
 * The chat as an .ics file with the exact instant, the user's questions as its agenda (ARCHITECTURE.md §5: the agenda goes with
 * the invite), and one UID per chat however often it moves, so a calendar updates the event
 * instead of keeping both. Only a saved chat has a booking, so only it is downloaded.
 * The calendar library and the question writer are big, so they load only when asked for.
 */
export async function downloadInvite(person: Person, me: Me, chat: { at: number; minutes: number; agenda?: string[] }, now: number): Promise<void> {
  const [{ chatInvite }, { writeQuestions }, history] = await Promise.all([
    import('../../lib/schedule/invite'), import('../../lib/compose/questions'), readHistory(getDb(), person.id),
  ]);
  downloadText(`coffee-chat-${person.slug}.ics`, 'text/calendar', chatInvite({
    title: `Coffee chat: ${me.name || 'me'} and ${person.name}`,
    start: chat.at, minutes: chat.minutes, description: `A ${chat.minutes}-minute virtual coffee chat.`,
    agenda: chat.agenda ?? writeQuestions(person.profile, me),
    link: person.id, remindMinutes: 10,
    now, booking: chatBooking(person, history.events, false, now),
  }));
}
