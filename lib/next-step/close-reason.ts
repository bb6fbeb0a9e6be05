import type { CloseReason, Stage } from '../tracker/schema';

/**
 * The likeliest reason to close from each stage (ARCHITECTURE.md §5, last row), preselected; the user can pick
 * another. Unanswered → no reply; answered or booked but not had → they declined; a chat or a
 * mentorship behind them → goals met (the close writer words it for where things stand).
 */
export function closeReasonFor(stage: Stage | null): CloseReason {
  switch (stage) {
    case null:
    case 'drafted':
      return 'not-a-fit';
    case 'invited':
    case 'sent':
      return 'no-reply';
    case 'replied':
    case 'scheduled':
      return 'declined';
    default:
      return 'goals-met';
  }
}
