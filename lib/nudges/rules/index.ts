import type { NudgeKind } from '../../tracker/schema';
import type { Rule } from '../types';
import { agenda } from './agenda';
import { cadence } from './cadence';
import { chatHappened } from './chat-happened';
import { checkIn } from './check-in';
import { closeOut } from './close-out';
import { reportBack } from './report-back';
import { sendAsk } from './send-ask';
import { thankYou } from './thank-you';

/**
 * The rules, most relevant first: when two are due for one person only the first shows.
 * Time-boxed ones lead (the agenda is useless once the chat starts; whether a past chat happened decides the
 * thank-you; the thank-you belongs within 24 hours),
 * then the accepted invitation (fresh), then closing out over checking in, and the slow ones last.
 */
export const RULES: readonly Rule[] = [agenda, chatHappened, thankYou, sendAsk, closeOut, checkIn, reportBack, cadence];

export const NUDGE_PRIORITY: readonly NudgeKind[] = [
  'agenda', 'chat-happened', 'thank-you', 'send-ask', 'close-out', 'check-in', 'report-back', 'cadence',
];

export { agenda, cadence, chatHappened, checkIn, closeOut, reportBack, sendAsk, thankYou };
