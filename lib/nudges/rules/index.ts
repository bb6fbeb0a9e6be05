import type { NudgeKind } from '../../tracker/schema';
import type { Rule } from '../types';
import { agenda } from './agenda';
import { cadence } from './cadence';
import { checkIn } from './check-in';
import { closeOut } from './close-out';
import { reportBack } from './report-back';
import { review } from './review';
import { sendAsk } from './send-ask';
import { stepDue } from './step-due';
import { thankYou } from './thank-you';

/**
 * The rules, most relevant first: when two are due for one person only the first shows.
 * Time-boxed ones lead (the agenda is useless once the chat starts; the thank-you belongs within 24 hours),
 * then the accepted invitation (fresh), then closing out over checking in, and the slow ones last: a mentorship's
 * step past its date and its review before the cadence, whose agenda brings both up anyway.
 */
export const RULES: readonly Rule[] = [agenda, thankYou, sendAsk, closeOut, checkIn, reportBack, stepDue, review, cadence];

export const NUDGE_PRIORITY: readonly NudgeKind[] = [
  'agenda', 'thank-you', 'send-ask', 'close-out', 'check-in', 'report-back', 'step-due', 'review', 'cadence',
];

export { agenda, cadence, checkIn, closeOut, reportBack, review, sendAsk, stepDue, thankYou };
