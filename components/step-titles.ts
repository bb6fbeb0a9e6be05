import type { OutreachEvent } from '../lib/tracker/schema';

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
const SENT_WHAT: Record<string, string> = {
  ask: 'Ask sent', 'check-in': 'Check-in sent', agenda: 'Agenda sent', 'thank-you': 'Thank-you sent',
  'report-back': 'Report-back sent', cadence: 'Mentoring check-in sent', close: 'Closing message sent',
};

/** "Ask sent", "They replied": how the timeline and the Undo buttons name a step. */
export const eventTitle = (e: Pick<OutreachEvent, 'type' | 'sentKind'>): string => (e.type === 'sent' ? SENT_WHAT[e.sentKind ?? 'ask']! : WHAT[e.type]);

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** "Ask sent (22 Nov)": what an Undo button says it takes back, so nobody undoes blind. */
export const undoLabel = (e: Pick<OutreachEvent, 'type' | 'sentKind' | 'at'>): string => `${eventTitle(e)} (${day(e.at)})`;
