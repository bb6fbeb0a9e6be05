import { isAsk, proseSentences } from '../text';
import type { Rule } from '../types';

/** The message must ask for something small and specific (ARCHITECTURE.md §2); only the ask needs one. */
export const noAsk: Rule = {
  id: 'no-ask',
  severity: 'problem',
  applies: (ctx) => ctx.kind === 'ask',
  check: (draft) =>
    proseSentences(draft.body).some((s) => isAsk(s.text))
      ? []
      : [{
          rule: 'no-ask', severity: 'problem',
          message: 'There is no clear ask. Ask for a small, bounded amount of time, such as "Would you be open to a 20-minute virtual coffee chat in the coming weeks?"',
        }],
};
