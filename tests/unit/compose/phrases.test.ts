import { describe, expect, it } from 'vitest';
import { FLATTERY, GOLDEN_RULE, IDIOMS } from '../../../lib/coach';
import { findAll } from '../../../lib/coach/phrases';
import * as ASK from '../../../lib/compose/phrases/ask';
import { NO_HOOK, OPENINGS, SHARED_ORG_NOW, TITLE_WORK } from '../../../lib/compose/phrases/opening';
import { fill, varsOf } from '../../../lib/compose/template';

const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : []);
const ALL = [...strings(ASK), ...strings(OPENINGS), ...strings(TITLE_WORK), ...strings(NO_HOOK), ...SHARED_ORG_NOW];
const KNOWN = new Set(['first', 'minutes', 'me', 'why', 'Why', 'hook', 'hookShort', 'identity', 'identityShort', 'nameOnly', 'purpose', 'count', 'lead']);

describe('phrase banks', () => {
  it('use only the values the composer fills', () => {
    for (const t of ALL) for (const v of varsOf(t)) expect(KNOWN.has(v), `${v} in ${t}`).toBe(true);
  });
  it('never trip the coach themselves: no golden-rule phrase, idiom or flattery', () => {
    for (const t of ALL) {
      const text = fill(t, {}, false);
      expect(findAll(text, [...GOLDEN_RULE, ...IDIOMS, ...FLATTERY]), t).toEqual([]);
    }
  });
  it.each([
    // frames a reviewer read as awkward (ASK.md §2.2: a personal opening, in plain words)
    ['"just" twice', /\bjust\b.*\bjust\b/],
    ['a description "found"', /^I (?:found|saved|bookmarked|spent a while on) (?:how|the way|the words) you/],
    ['"call X home"', /\bcall X home\b/],
    ['"read on your profile that we"', /^I read on your profile that we/],
  ])('never say %s in an opening', (_, awkward) => {
    const banks = [...Object.values(OPENINGS), TITLE_WORK, NO_HOOK, { ...OPENINGS['shared-org'], refs: SHARED_ORG_NOW }];
    for (const b of banks) for (const lead of b.leads) for (const ref of b.refs) {
      const text = fill(`${lead} ${ref}`, { hook: 'X' }, false);
      expect(text, text).not.toMatch(awkward);
    }
  });
  it('balance their flourish markers', () => {
    for (const t of ALL) expect((t.match(/\^/g) ?? []).length % 2, t).toBe(0);
  });
  it('resolve flourishes before values, so profile text is never read as markup', () => {
    expect(fill('I ^really ^liked {x}.', { x: '^not a flourish^ {y}' }, true)).toBe('I liked ^not a flourish^ {y}.');
    expect(fill('I ^really ^liked {x}.', { x: 'it' }, false)).toBe('I really liked it.');
  });
});
