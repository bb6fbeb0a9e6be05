import { isAsk, isBullet, lines, proseSentences } from '../text';
import type { Rule } from '../types';

/**
 * Two or three specific questions (ARCHITECTURE.md §2, §4). Counts question bullets and questions in the
 * prose, leaving out the ask itself ("Would you be open to a 20-minute chat?").
 */
export const questionCount: Rule = {
  id: 'too-many-questions',
  severity: 'suggestion',
  check: (draft) => {
    const bullets = lines(draft.body).filter((l) => isBullet(l.text) && /\?\s*$/.test(l.text));
    const prose = proseSentences(draft.body).filter((s) => s.text.endsWith('?') && !isAsk(s.text));
    const all = [...bullets, ...prose].sort((a, b) => a.start - b.start);
    const fourth = all[3];
    const last = all[all.length - 1];
    if (!fourth || !last) return [];
    return [{
      rule: 'too-many-questions', severity: 'suggestion',
      message: `This asks ${all.length} questions. Keep to two or three specific ones so a short chat can answer them.`,
      span: { start: fourth.start, end: last.end },
    }];
  },
};
