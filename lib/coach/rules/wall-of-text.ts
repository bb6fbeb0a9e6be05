import { textLength } from '../../channel-limits';
import { greeting, isBullet, lines, paragraphs, sentences, type Piece } from '../text';
import type { Rule } from '../types';

export const MAX_SENTENCES = 3;
/** A paragraph this short reads at a glance on a phone, however many full stops it has. */
export const MIN_WALL_LENGTH = 200;

/** A one-word sign-off or thanks ("Thanks!", "Cheers.", "Thank you!"): no sentence to read. */
const SIGN_OFF = /^(?:\p{L}+|thank you|many thanks|thanks again|kind regards|best wishes|all the best)[.!,…]*$/iu;

/**
 * A paragraph of more than about three sentences is hard to read on a phone (ARCHITECTURE.md §4). Messages,
 * InMail and email only: a connection note is one short paragraph by design. The greeting on the
 * paragraph's first line ("Hi Anna!") and a one-word sign-off aren't sentences to read, and a
 * paragraph under MIN_WALL_LENGTH characters is no wall.
 */
export const wallOfText: Rule = {
  id: 'wall-of-text',
  severity: 'suggestion',
  applies: (ctx) => ctx.channel !== 'connection-note',
  check: (draft) => {
    const hello = greeting(draft.body);
    const counted = (s: Piece) => !SIGN_OFF.test(s.text) && !(s.start === hello.start && s.end <= hello.end);
    return paragraphs(draft.body)
      .filter((p) => {
        const prose = lines(p.text).filter((l) => !isBullet(l.text)).map((l) => ({ ...l, start: l.start + p.start, end: l.end + p.start }));
        const real = prose.flatMap(sentences).filter(counted);
        return real.length > MAX_SENTENCES && textLength(real.map((s) => s.text).join(' ')) >= MIN_WALL_LENGTH;
      })
      .map((p) => ({
        rule: 'wall-of-text', severity: 'suggestion' as const,
        message: 'This paragraph is a wall of text. Keep paragraphs to about three sentences, and the whole ask short, so it is easy to read and answer.',
        span: { start: p.start, end: p.end },
      }));
  },
};
