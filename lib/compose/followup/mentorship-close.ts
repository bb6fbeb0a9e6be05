import { softLower } from '../people';
import { clipWords, plainInsert } from '../text';
import type { Composed, FollowUpInput } from '../types';
import { context, finish } from './common';

const MONTH = 30 * 24 * 60 * 60 * 1000;

export interface MentorshipCloseInput extends FollowUpInput {
  /** Titles of the goals met, as the user wrote them (lib/mentorship closeFacts). */
  goalsMet: readonly string[];
  /** What changed, in the user's words: the line given when each goal was met. */
  changed: readonly string[];
  startedAt: number;
}

/** "A, B and C" from the user's own titles, each cleaned and clipped. */
function list(items: readonly string[], each: number): string {
  const xs = items.map((x) => clipWords(plainInsert(x).replace(/[.!?;:,]+$/, ''), each)).filter(Boolean).map((x) => softLower(x));
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

function period(startedAt: number, now: number | undefined): string {
  const months = now === undefined ? 0 : (now - startedAt) / MONTH;
  return months >= 11 ? 'over the past year' : months >= 2 ? 'over the past few months' : 'over the past weeks';
}

/**
 * The natural end of a mentorship (ARCHITECTURE.md §5 last row):
 * thanks with the concrete progress made, the goals met and what changed, and an offer to stay in
 * touch, which turns it into a lasting professional friendship. Never thanks for guidance that didn't
 * happen: without a goal met it says only that the user has grown and would like to stay in touch.
 */
export function mentorshipClose(input: MentorshipCloseInput): Composed {
  const ctx = context(input, 'mentorship-close');
  const goals = list(input.goalsMet, 80);
  const changed = input.changed.map((c) => clipWords(plainInsert(c).replace(/[.!?]+$/, ''), 140)).filter(Boolean);
  const met = goals
    ? [`Thanks to your guidance I've reached the goals we set out: ${goals}.`, `I've reached our goals: ${list(input.goalsMet, 40)}.`]
    : ["I've grown so much thanks to your guidance, and I feel ready for the next phase.", "I've grown so much thanks to you."];
  return finish(ctx, {
    subject: 'Thank you for your guidance',
    slots: [
      { id: 'a', para: 1, levels: [`I wanted to say thank you for everything ${period(input.startedAt, input.now)}.`, 'Thank you for everything.', ''] },
      { id: 'met', para: 1, levels: met },
      { id: 'changed', para: 2, levels: changed.length ? [`What changed: ${changed.join('; ')}.`, `What changed: ${changed[0]}.`, ''] : [''] },
      { id: 'stay', para: 3, levels: ["I can't thank you enough, and I'd love to stay in touch as I move into this next phase.", "I'd love to stay in touch."] },
    ],
    ladder: [{ slot: 'a', level: 1 }, { slot: 'changed', level: 1 }, { slot: 'stay', level: 1 }, { slot: 'met', level: 1 }, { slot: 'a', level: 2 }, { slot: 'changed', level: 2 }],
    vars: {},
  });
}
