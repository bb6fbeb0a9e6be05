import type { Person } from '../../lib/tracker/schema';
import { downloadText } from './download';

/**
 * The chat as an .ics file with the exact instant (guide 001: "calendar invites with the
 * correct time zone"). The calendar library is big, so it loads only when asked for.
 */
export async function downloadInvite(person: Person, myName: string, chat: { at: number; minutes: number; agenda?: string[] }): Promise<void> {
  const { chatInvite } = await import('../../lib/schedule/invite');
  downloadText(`coffee-chat-${person.slug}.ics`, 'text/calendar', chatInvite({
    title: `Coffee chat: ${myName || 'me'} and ${person.name}`,
    start: chat.at, minutes: chat.minutes, description: `A ${chat.minutes}-minute virtual coffee chat.`, agenda: chat.agenda,
  }));
}
