import { composeAsk } from './compose-ask';
import { agenda } from './followup/agenda';
import { cadence } from './followup/cadence';
import { checkIn } from './followup/check-in';
import { close } from './followup/close';
import { reportBack } from './followup/report-back';
import { thankYou } from './followup/thank-you';
import type { Composed, FollowUpInput, FollowUpKind } from './types';

/**
 * The ready draft for each follow-up stage (ASK.md §5, "the draft says"), fitted to its channel like
 * the ask. 'send-ask' is the invitation accepted without a note: the full ask, as a message.
 */
export function composeFollowUp(kind: FollowUpKind, input: FollowUpInput): Composed {
  switch (kind) {
    case 'send-ask': {
      const { subject, body, limit, length } = composeAsk({ ...input, channel: 'message' });
      return { ...(subject !== undefined ? { subject } : {}), body, limit, length };
    }
    case 'check-in':
      return checkIn(input);
    case 'agenda':
      return agenda(input);
    case 'thank-you':
      return thankYou(input);
    case 'report-back':
      return reportBack(input);
    case 'cadence':
      return cadence(input);
    case 'close':
      return close(input);
  }
}

export { chatTime } from './followup/agenda';
