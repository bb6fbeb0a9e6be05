import type { NextStep } from './types';

/**
 * The first step, for someone not asked yet: the popup shows it without asking the background
 * (the first draft must not wait on a round trip), and nextStep() uses the same words.
 */
export function askStep(who: string, minutes: number): Pick<NextStep, 'kind' | 'due' | 'draft' | 'action' | 'title' | 'detail' | 'marks'> {
  return {
    kind: 'ask', due: true, draft: 'ask', action: null, marks: 'ask',
    title: `Send ${who} your ask`,
    detail: `Not asked yet: a short, personal note asking for a ${minutes}-minute virtual coffee chat.`,
  };
}
