import { sentTitle } from '../lib/follow-ups';
import type { OutreachEvent, Person } from '../lib/tracker/schema';
import { dateFormat } from '../lib/date-format';

const dayMonth = dateFormat(undefined, { day: 'numeric', month: 'short' });

const WHAT: Record<OutreachEvent['type'], string> = {
  drafted: 'Draft saved',
  invited: 'Invitation sent without a note',
  accepted: 'Invitation accepted',
  sent: 'Sent',
  replied: 'They replied',
  'chat-scheduled': 'Chat scheduled',
  'chat-held': 'Chat held',
  'mentorship-started': 'Mentorship started',
  closed: 'Closed',
  reopened: 'Reopened',
};
/** "Ask sent", "They replied": how the timeline and the Undo buttons name a step. */
export const eventTitle = (e: Pick<OutreachEvent, 'type' | 'sentKind'>): string => (e.type === 'sent' ? sentTitle(e.sentKind ?? 'ask') : WHAT[e.type]);

const day = (at: number) => dayMonth().format(at);

/** "Ask sent (22 Nov)": what an Undo button says it takes back, so nobody undoes blind. */
export const undoLabel = (e: Pick<OutreachEvent, 'type' | 'sentKind' | 'at'>): string => `${eventTitle(e)} (${day(e.at)})`;

/** "Reschedule" a booked chat, "Schedule another chat" after one was held (the popup's buttons and the person page's). */
export const scheduleLabel = (p: Pick<Person, 'stage' | 'chat'>) => (p.stage === 'scheduled' ? 'Reschedule' : p.chat ? 'Schedule another chat' : 'Schedule the chat');
