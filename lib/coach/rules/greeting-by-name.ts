import { fold, greeting } from '../text';
import type { Rule } from '../types';

const HONORIFIC = /^(?:dr|mr|ms|mrs|mx|prof|professor)$/;
/** Scripts written without spaces: the name can sit inside the greeting's one "word" ("你好伟"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A greeting to nobody in particular ("Hi there", "Dear Sir or Madam"), whatever name we know. */
const NOBODY = /^(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hiya|howdy)\s+(?:there|sir|madam|sir or madam|sir\/madam|all|everyone|everybody|team|friend|folks|you|mate|colleague|hiring manager|recruiter|linkedin member|connection|ma'am)\b|to whom it may concern|sir or madam)/;

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

/** The parts of a name worth matching: initials aside, unless the name is all one-letter parts ("伟"). */
function nameParts(name: string | null): string[] {
  const all = words(name ?? '');
  const long = all.filter((n) => [...n].length >= 2);
  return long.length > 0 ? long : all;
}

/**
 * Greet the person by name (ARCHITECTURE.md §2, guide 001: "Dear [Name]"). Any part of their first name
 * counts ("Sri" for "Sri Kavitha"), accents and case aside, and so does their family name after an
 * honorific ("Dear Dr Karalis,", "Dear Mr. Weerasekara,"). When the name is unknown, only a greeting
 * to nobody in particular ("Hi there", "Dear Sir or Madam") is flagged.
 */
export const greetingByName: Rule = {
  id: 'greeting-by-name',
  severity: 'problem',
  check: (draft, ctx) => {
    const g = greeting(draft.body);
    const said = words(g.text);
    const given = nameParts(ctx.firstName);
    const family = nameParts(ctx.fullName).filter((n) => !given.includes(n));
    // Names change their ending in many languages ("Małgorzato" for Małgorzata, "Annie" no: too short to tell).
    const inflected = (n: string) => [...n].length >= 5 && said.some((w) => w !== n && w.startsWith(n.slice(0, -1)) && Math.abs(w.length - n.length) <= 2);
    const byGiven = given.some((n) => said.includes(n) || inflected(n) || (UNSPACED.test(n) && fold(g.text).includes(n)));
    const byFamily = said.some((w, i) => i > 0 && HONORIFIC.test(said[i - 1] ?? '') && family.includes(w));
    const known = !!ctx.firstName?.trim();
    if (byGiven || byFamily || (!known && !NOBODY.test(fold(g.text).trim()))) return [];
    return [{
      rule: 'greeting-by-name', severity: 'problem',
      message: `Start by greeting ${known ? ctx.firstName?.trim() : 'them'} by name; a personal opening shows you've done your research.`,
      ...(g.end > g.start ? { span: { start: g.start, end: g.end } } : {}),
    }];
  },
};
