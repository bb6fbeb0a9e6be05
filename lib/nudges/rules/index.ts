import { NUDGE_KINDS } from '../../follow-ups';
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

/** Each nudge kind's rule; a new row in lib/follow-ups.ts with `nudge` set needs its rule here. */
const RULE_OF: Record<NudgeKind, Rule> = {
  agenda, 'chat-happened': chatHappened, 'thank-you': thankYou, 'send-ask': sendAsk, 'close-out': closeOut, 'check-in': checkIn, 'report-back': reportBack, cadence,
};

/** The kinds, most relevant first (the table's order): when two are due for one person only the first shows. */
export const NUDGE_PRIORITY: readonly NudgeKind[] = NUDGE_KINDS;

/** The rules in that order. */
export const RULES: readonly Rule[] = NUDGE_PRIORITY.map((k) => RULE_OF[k]);

export { agenda, cadence, chatHappened, checkIn, closeOut, reportBack, sendAsk, thankYou };
