import { foreignStretch } from '../../settings/language';
import type { Rule } from '../types';

/**
 * One language per draft: a clause in Spanish inside an English sentence reads as a form filled in, not a note (r28d
 * blind review: a goal typed in Spanish, "…working towards quiero certificarme como interprete de LSM…"). The composer
 * puts the sender's goal and role in as typed, so the hint says where to change them. Quoted words are theirs and stay.
 */
export const oneLanguage: Rule = {
  id: 'one-language',
  severity: 'suggestion',
  check: (draft) => {
    const hit = foreignStretch(draft.body);
    if (!hit) return [];
    return [{
      rule: 'one-language', severity: 'suggestion',
      message: `This part is in ${hit.language}, and the rest in English: write the whole message in one language. Your goal and role go into drafts as you typed them, so write them in English in your settings.`,
      span: { start: hit.start, end: hit.end },
    }];
  },
};
