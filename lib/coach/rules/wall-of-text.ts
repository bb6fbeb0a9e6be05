import { isBullet, lines, paragraphs, sentences } from '../text';
import type { Rule } from '../types';

export const MAX_SENTENCES = 3;

/**
 * A paragraph of more than about three sentences is hard to read on a phone (ASK.md §4). Messages,
 * InMail and email only: a connection note is one short paragraph by design.
 */
export const wallOfText: Rule = {
  id: 'wall-of-text',
  severity: 'suggestion',
  applies: (ctx) => ctx.channel !== 'connection-note',
  check: (draft) =>
    paragraphs(draft.body)
      .filter((p) => {
        const prose = lines(p.text).filter((l) => !isBullet(l.text)).map((l) => ({ ...l, start: l.start + p.start, end: l.end + p.start }));
        return prose.flatMap(sentences).length > MAX_SENTENCES;
      })
      .map((p) => ({
        rule: 'wall-of-text', severity: 'suggestion' as const,
        message: 'This paragraph is a wall of text. Keep paragraphs to about three sentences, and the whole ask short, so it is easy to read and answer (guide 001, "Step 3").',
        span: { start: p.start, end: p.end },
      })),
};
