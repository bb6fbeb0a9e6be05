// LinkedIn navigates without reloading, so a page can still hold the previous person: old
// <title>s (sdui-2026-b), an embedded profile blob (ember-2024-b), or a whole stale top card.
// The reader must answer for the person in the URL, or say "stale" — never the previous person.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../lib/linkedin';
import { ReadingSchema } from '../../../lib/linkedin/schema';
import { loadFixture, loadSynthetic, parseHtml, REAL_DIR } from './fixtures';

const real = REAL_DIR
  ? [
      { name: 'sdui-2026-b', person: 'Marisol Vance', previous: 'Nadim Khoury' },
      { name: 'ember-2024-b', person: 'Sri Kavitha Ramanayake', previous: 'Ruoxi Lin' },
      { name: 'ember-2024-b-fullhead', person: 'Sri Kavitha Ramanayake', previous: 'Ruoxi Lin' },
    ]
  : [];

describe.each(real)('$name with leftovers of $previous', ({ name, person, previous }) => {
  it(`reads ${person}, nothing of ${previous}`, () => {
    const f = loadFixture(REAL_DIR as string, name);
    const r = readProfile(f.doc, f.expected.url);
    expect(r.profile.fullName).toBe(person);
    // Posts may mention the previous person; the person fields must not be theirs.
    const { fullName, firstName, headline, location, url, slug } = r.profile;
    expect([fullName, firstName, headline, location, url, slug].join('|')).not.toContain(previous.split(' ')[0]);
  });
  it('says "stale" when the URL already names the previous person', () => {
    const f = loadFixture(REAL_DIR as string, name);
    const slug = previous.toLowerCase().replace(/\s+/g, '');
    const r = readProfile(f.doc, `https://www.linkedin.com/in/${slug}/`);
    expect(r.generation).toBe('stale');
    expect(r.profile.fullName).toBeNull();
    expect(r.profile.slug).toBe(slug);
    expect(JSON.stringify(r.profile)).not.toContain(person);
  });
});

describe('synthetic pages', () => {
  it.each([
    ['sdui-2026-synthetic', 'Ilse Marchetti'],
    ['ember-2024-synthetic', 'Keiko'],
    ['public-2024-synthetic', 'Lior'],
  ])('%s opened for someone else reads "stale"', (page, shown) => {
    const r = readProfile(loadSynthetic(page), 'https://www.linkedin.com/in/bram-okafor/');
    expect(r.generation).toBe('stale');
    expect(r.missing).toContain('stale');
    expect(r.profile.url).toBe('https://www.linkedin.com/in/bram-okafor/');
    expect(JSON.stringify(r)).not.toContain(shown);
    expect(ReadingSchema.safeParse(r).success).toBe(true);
  });

  it('ignores stale <title>s and embedded blobs of someone else', () => {
    const sdui = readProfile(loadSynthetic('sdui-2026-synthetic'), 'https://www.linkedin.com/in/ilsemarchetti/');
    expect(JSON.stringify(sdui)).not.toContain('Bram');
    const ember = readProfile(loadSynthetic('ember-2024-synthetic'), 'https://www.linkedin.com/in/keiko-andersen-vale-4b2a1/');
    expect(JSON.stringify(ember)).not.toContain('Bram');
  });

  it('accepts a member-id URL when the top card carries that id, and only then', () => {
    const same = readProfile(loadSynthetic('sdui-2026-synthetic'), 'https://www.linkedin.com/in/ACoAAFAKE000000000000000000000000000/');
    expect(same.generation).toBe('sdui-2026');
    expect(same.profile.slug).toBe('ilsemarchetti');
    expect(same.profile.url).toBe('https://www.linkedin.com/in/ilsemarchetti/');
    const other = readProfile(loadSynthetic('sdui-2026-synthetic'), 'https://www.linkedin.com/in/ACoAAOTHER00000000000000000000000000/');
    expect(other.generation).toBe('stale');
  });

  it('flags a page that does not say whose it is', () => {
    const doc = parseHtml(
      '<section data-member-id="1"><h1>Ada Quist</h1><div data-generated-suggestion-target="x">Engineer</div></section>',
    );
    const r = readProfile(doc, 'https://www.linkedin.com/in/adaquist/');
    expect(r.profile.fullName).toBe('Ada Quist');
    expect(r.missing).toContain('identity:unverified');
  });
});
