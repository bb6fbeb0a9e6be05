// Every fixture page, every field, against its expected.json. Real pages come from
// shared/fixtures/linkedin (CI); synthetic pages from tests/fixtures/linkedin always run.
import { beforeAll, describe, expect, it } from 'vitest';
import { readProfile } from '../../../lib/linkedin';
import { ReadingSchema, type Reading } from '../../../lib/linkedin/schema';
import { allExpectedPages, fixtureNames, loadFixture, REAL_DIR, startsWith, SYNTHETIC_DIR, type Fixture } from './fixtures';

const FIELDS = [
  'url', 'generation', 'viewer', 'fullName', 'firstName', 'headline', 'location', 'pronouns',
  'connectionDegree', 'current', 'about', 'experience', 'education', 'activity', 'featured', 'skills',
] as const;

function check(field: (typeof FIELDS)[number], f: Fixture, r: Reading): void {
  const e = f.expected;
  const p = r.profile;
  switch (field) {
    case 'url':
      return void expect(p.url).toBe(e.url);
    case 'generation':
    case 'viewer':
      return void expect(r[field]).toBe(e[field]);
    case 'about':
      return void expect(startsWith(p.about, 40)).toBe(e.aboutStartsWith);
    case 'current':
      return void expect(p.current).toEqual(e.current);
    case 'experience':
      expect(p.experience.map((x) => [x.title, x.company])).toEqual(e.experience.map((x) => [x.title, x.company]));
      e.experience.forEach((x, i) => x.dates !== undefined && expect(p.experience[i]?.dates, `dates #${i}`).toBe(x.dates));
      return;
    case 'education':
      expect(p.education.map((x) => x.school)).toEqual(e.education.map((x) => x.school));
      e.education.forEach((x, i) => {
        if (x.degree !== undefined) expect(p.education[i]?.degree ?? null, `degree #${i}`).toBe(x.degree);
        if (x.dates !== undefined) expect(p.education[i]?.dates, `dates #${i}`).toBe(x.dates);
      });
      return;
    case 'activity':
      return void expect(p.activity.map((a) => [a.kind, startsWith(a.text, 30)])).toEqual(
        e.activity.map((a) => [a.kind, a.textStartsWith]),
      );
    case 'featured':
      return void expect(p.featured.map((x) => x.title)).toEqual(e.featured.map((x) => x.title));
    case 'skills':
      return void expect(p.skills).toEqual(e.skillsVisible);
    default:
      return void expect(p[field]).toBe(e[field]);
  }
}

describe.each(allExpectedPages())('$name', ({ dir, name }) => {
  let fixture: Fixture;
  let reading: Reading;
  let before = '';
  beforeAll(() => {
    fixture = loadFixture(dir, name);
    before = fixture.doc.documentElement.outerHTML;
    reading = readProfile(fixture.doc, fixture.expected.url);
  });

  it.each(FIELDS)('%s', (field) => check(field, fixture, reading));

  it('is a valid Reading', () => {
    const parsed = ReadingSchema.safeParse(reading);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('leaves the document as it was', () => {
    expect(fixture.doc.documentElement.outerHTML === before).toBe(true);
  });
});

describe('fixture sources', () => {
  it('runs the synthetic pages always, and says so when the real ones are absent', () => {
    expect(fixtureNames(SYNTHETIC_DIR).length).toBeGreaterThanOrEqual(3);
    if (!REAL_DIR) {
      console.warn(
        '[linkedin fixtures] shared/fixtures/linkedin not found (set COFFEE_CHAT_FIXTURES to point at it): ' +
          'only the synthetic pages in tests/fixtures/linkedin were checked.',
      );
    } else {
      expect(fixtureNames(REAL_DIR).length).toBeGreaterThan(0);
    }
  });
});
