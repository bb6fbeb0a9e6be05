// Text as the page shows it: the space between inline parts survives.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../lib/linkedin';
import { paragraphsOf, textOf } from '../../../lib/linkedin/dom';
import { fixtureNames, loadFixture, parseHtml, REAL_DIR } from './fixtures';

describe('inline parts keep their space', () => {
  it.each([
    ['<p>nobody opens from<span class="white-space-pre"></span><a href="#"><span>Google Cloud</span></a>!</p>', 'nobody opens from Google Cloud!'],
    ['<p>from<span class="white-space-pre"> </span><a href="#">Brightwater</a>!</p>', 'from Brightwater!'],
    ['<p>Hello <b>bold</b> world</p>', 'Hello bold world'],
    ['<p>no<span class="other"></span>space</p>', 'nospace'],
  ])('%s', (html, text) => {
    const el = parseHtml(html).querySelector('p');
    expect(textOf(el)).toBe(text);
    expect(paragraphsOf(el)).toBe(text);
  });
});

// A preposition glued to the capitalised name after it ("fromGoogle") is the mark of a lost space.
const GLUED = /\b(?:from|to|at|with|by|of|and|for|in|on)\p{Lu}\p{Ll}/u;

describe.runIf(REAL_DIR !== null)('real pages read without glued words', () => {
  it('ember-2024-d: the two posts that glued a company name read as the page shows them', () => {
    const f = loadFixture(REAL_DIR as string, 'ember-2024-d');
    const texts = readProfile(f.doc, f.expected.url).profile.activity.map((a) => a.text);
    expect(texts).toContain('Simple dashboards that everyone reads beat clever ones that nobody opens from Google Cloud!');
    expect(texts).toContain('Every outage taught us something about the assumptions we had written into the code from Brightwater!');
  });

  it.each(fixtureNames(REAL_DIR))('%s: no glued words in About, posts, experience or featured', (name) => {
    const f = loadFixture(REAL_DIR as string, name);
    const p = readProfile(f.doc, f.expected.url).profile;
    const texts = [p.about ?? '', ...p.activity.map((a) => a.text), ...p.experience.map((e) => `${e.title} ${e.description ?? ''}`), ...p.featured.map((x) => x.title)];
    for (const t of texts) expect(t).not.toMatch(GLUED);
  });
});
