import type { CoachContext } from '../../../../lib/coach';

/** Problem rules (ARCHITECTURE.md §4: fix before sending). */
export const PROBLEM_RULES = ['golden-rule', 'over-limit', 'placeholder', 'greeting-by-name', 'no-ask', 'no-time-bound', 'who-is-writing'] as const;
/** Suggestion rules the issue measures (favour asks, idioms, flattery). */
export const MEASURED_SUGGESTIONS = ['early-favour', 'idiom', 'flattery'] as const;

/**
 * One hand-labelled message: every problem it has (exactly), and the measured suggestions it
 * should earn (exactly, among early-favour, idiom and flattery). `to` is the recipient's full name
 * ("Anna Berg" unless given); `ctx` overrides the rest of the context (channel 'message' by default).
 */
export interface Labelled {
  note: string;
  body: string;
  problems: string[];
  suggests?: string[];
  to?: string | null;
  ctx?: Partial<CoachContext>;
}
