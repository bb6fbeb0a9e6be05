import { NUDGE_KINDS } from '../../follow-ups';
import type { NudgeKind } from '../../tracker/schema';
import type { Rule } from '../types';
import { agenda } from './agenda';
import { cadence } from './cadence';
import { chatHappened } from './chat-happened';
import { checkIn } from './check-in';
import { closeOut } from './close-out';
import { reportBack } from './report-back';
import { review } from './review';
import { sendAsk } from './send-ask';
import { stepDue } from './step-due';
import { thankYou } from './thank-you';

/** Each nudge kind's rule; a new row in lib/follow-ups.ts with `nudge` set needs its rule here. */
const RULE_OF: Record<NudgeKind, Rule> = {
  agenda, 'chat-happened': chatHappened, 'thank-you': thankYou, 'send-ask': sendAsk, 'close-out': closeOut, 'check-in': checkIn, 'report-back': reportBack,
  'step-due': stepDue, review, cadence,
};

/** The kinds, most relevant first (the table's order): when two are due for one person only the first shows:
 * a mentorship's step past its date and its review come before the cadence, whose agenda brings both up anyway. */
export const NUDGE_PRIORITY: readonly NudgeKind[] = NUDGE_KINDS;

/** The rules in that order. */
export const RULES: readonly Rule[] = NUDGE_PRIORITY.map((k) => RULE_OF[k]);

export { agenda, cadence, chatHappened, checkIn, closeOut, reportBack, review, sendAsk, stepDue, thankYou };
