import { earlyFavour } from './rules/early-favour';
import { flattery } from './rules/flattery';
import { goldenRule } from './rules/golden-rule';
import { greetingByName } from './rules/greeting-by-name';
import { idioms } from './rules/idioms';
import { minutesAsked } from './rules/minutes-asked';
import { noAsk } from './rules/no-ask';
import { oneLanguage } from './rules/one-language';
import { overLimit } from './rules/over-limit';
import { placeholder } from './rules/placeholder';
import { questionCount } from './rules/question-count';
import { specificHook } from './rules/specific-hook';
import { timeBound } from './rules/time-bound';
import { wallOfText } from './rules/wall-of-text';
import { whoIsWriting } from './rules/who-is-writing';
import type { CoachContext, CoachDraft, Ctx, Hint, Rule } from './types';

/** Every rule of ARCHITECTURE.md §4, problems first; each file says which guide passage it enforces. */
export const RULES: readonly Rule[] = [
  goldenRule, overLimit, placeholder, greetingByName, noAsk, timeBound, whoIsWriting,
  specificHook, questionCount, minutesAsked, idioms, oneLanguage, earlyFavour, flattery, wallOfText,
];

/**
 * Hints for any draft, composed or typed (ARCHITECTURE.md §4). Pure and cheap enough to run on every keystroke.
 * Follow-ups relax what only the ask needs (an ask, its time bound, a hook, no early favours).
 * Hints come problems first, then in the order of their span in the body.
 */
export function coach(draft: CoachDraft, context: CoachContext): Hint[] {
  const ctx: Ctx = {
    channel: context.channel,
    tier: context.tier ?? 'free',
    firstName: context.firstName ?? null,
    fullName: context.fullName ?? null,
    isFirstMessage: context.isFirstMessage ?? true,
    kind: context.kind ?? 'ask',
    sender: context.sender ?? null,
  };
  const hints = RULES.filter((r) => r.applies?.(ctx) ?? true).flatMap((r) => r.check(draft, ctx));
  const rank = (h: Hint) => (h.severity === 'problem' ? 0 : 1);
  return hints
    .map((h, i) => ({ h, i }))
    .sort((a, b) => rank(a.h) - rank(b.h) || (a.h.span?.start ?? -1) - (b.h.span?.start ?? -1) || a.i - b.i)
    .map(({ h }) => h);
}

/** True when the draft has something to fix before sending. */
export function hasProblems(hints: readonly Hint[]): boolean {
  return hints.some((h) => h.severity === 'problem');
}

export type { CoachContext, CoachDraft, Hint, Rule, Severity } from './types';
export { GOLDEN_RULE, IDIOMS, FLATTERY, FAVOURS, PLACEHOLDERS } from './phrases';
