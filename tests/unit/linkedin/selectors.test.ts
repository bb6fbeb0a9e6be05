// Every selector in lib/linkedin/selectors.ts must still match something on at least one fixture
// of the page family it is written for; a selector LinkedIn retired fails here by name.
import { beforeAll, describe, expect, it } from 'vitest';
import { SEL, type Alts, type Family } from '../../../lib/linkedin/selectors';
import { fixtureNames, loadFixture, parseHtml, REAL_DIR } from './fixtures';

const FAMILY: Record<string, Family> = { 'ember-2024': 'ember', 'sdui-2026': 'sdui', 'not-found': 'notFound' };
const familyOf = (generation: string): Family | null =>
  FAMILY[generation] ?? (generation.startsWith('public-') ? 'public' : null);

const rows = Object.entries(SEL as Record<string, Alts>).flatMap(([key, alts]) =>
  (Object.entries(alts) as [Family, readonly string[]][]).flatMap(([family, sels]) =>
    sels.map((selector) => ({ key, family, selector })),
  ),
);

describe('selectors.ts', () => {
  it('has selectors for every family', () => {
    const families = new Set(rows.map((r) => r.family));
    expect([...families].sort()).toEqual(['ember', 'notFound', 'public', 'sdui']);
  });

  it.each(rows)('$key [$family] $selector is valid CSS', ({ selector }) => {
    expect(() => parseHtml('').querySelector(selector)).not.toThrow();
  });
});

const pages = fixtureNames(REAL_DIR).map((name) => ({ name, family: null as Family | null, doc: null as Document | null }));

beforeAll(() => {
  for (const p of pages) {
    const f = loadFixture(REAL_DIR as string, p.name);
    p.family = familyOf(f.expected.generation);
    p.doc = f.doc;
  }
}, 120_000);

describe.each(REAL_DIR ? rows : [])('$key [$family]', ({ family, selector }) => {
  it(`${selector} matches a ${family} fixture`, () => {
    const hits = pages.filter((p) => p.family === family && p.doc?.querySelector(selector));
    expect(hits.map((p) => p.name), `no ${family} fixture has ${selector}`).not.toEqual([]);
  });
});

describe('real fixtures', () => {
  it('are present, or their absence is reported', () => {
    if (!REAL_DIR) {
      console.warn('[linkedin selectors] shared/fixtures/linkedin not found: selectors were checked for valid syntax only.');
      expect(rows.length).toBeGreaterThan(0);
    } else {
      expect(pages.length).toBeGreaterThan(0);
    }
  });
});
