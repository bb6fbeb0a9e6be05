import { composeAsk } from './compose-ask';
import { agenda } from './followup/agenda';
import { cadence } from './followup/cadence';
import { checkIn } from './followup/check-in';
import { close } from './followup/close';
import { reportBack } from './followup/report-back';
import { thankYou } from './followup/thank-you';
import type { Composed, FollowUpInput, FollowUpKind } from './types';

/**
 * The ready draft for each follow-up stage (ARCHITECTURE.md §5, "the draft says"), fitted to its channel like
 * the ask. 'send-ask' is the invitation accepted without a note: the full ask, as a message.
 */
const WRITERS: Record<Exclude<FollowUpKind, 'send-ask'>, (input: FollowUpInput) => Composed> = {
  'check-in': checkIn,
  agenda,
  'thank-you': thankYou,
  'report-back': reportBack,
  cadence,
  close,
};

export function composeFollowUp(kind: FollowUpKind, input: FollowUpInput): Composed {
  if (kind !== 'send-ask') return WRITERS[kind](input);
  const { subject, body, limit, length } = composeAsk({ ...input, channel: 'message' });
  return { ...(subject !== undefined ? { subject } : {}), body, limit, length };
}

export { chatTime } from './followup/agenda';
