// Text cleaning: invisible characters out, emoji kept whole, caps that never split a character.
import { describe, expect, it } from 'vitest';
import { cap, oneLine, paragraphs, stripInvisible } from '../../../lib/linkedin/clean';

describe('stripInvisible', () => {
  it.each([
    ['a\u202Eb\u202Cc', 'abc'], // right-to-left override
    ['a\u2066b\u2069', 'ab'], // isolates
    ['zero\u200Bwidth\u2060joiner\uFEFF', 'zerowidthjoiner'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['bell\u0007', 'bell'],
    ['🧑🏼‍💻 dev', '🧑🏼‍💻 dev'], // ZWJ inside an emoji survives (public-2023-a headline)
    ['Hi!🙋🏾‍♂️', 'Hi!🙋🏾‍♂️'],
    ['a\u200Db', 'ab'], // stray ZWJ between letters goes
    ['می\u200Cخواهم', 'می\u200Cخواهم'], // ZWNJ between Persian letters stays
    ['\uF0D8 bullet', '• bullet'], // private-use bullet glyph (ember-2024-d)
  ])('%j', (input, out) => {
    expect(stripInvisible(input)).toBe(out);
  });
});

describe('oneLine / paragraphs', () => {
  it('folds whitespace', () => {
    expect(oneLine('  a \n\t b\u00a0 c ')).toBe('a b c');
    expect(paragraphs(' a  b \n\n\n\n c \r\n d ')).toBe('a b\n\nc\nd');
  });
});

describe('cap', () => {
  it('keeps short text and marks cut text', () => {
    expect(cap('short', 10)).toBe('short');
    expect(cap('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cap('x'.repeat(20), 10).length).toBe(10);
  });
  it('never splits a surrogate pair', () => {
    const s = `${'a'.repeat(8)}😀😀`;
    const out = cap(s, 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out).toBe(`${'a'.repeat(8)}…`);
  });
});
