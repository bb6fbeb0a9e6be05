// Loading fixture pages as jsdom Documents, each parsed once per test file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { fixturesDir, SYNTHETIC_DIR } from '../../fixtures-dir';

export { fixturesDir, SYNTHETIC_DIR };

/** The ground truth next to each page (shared/fixtures/linkedin/MANIFEST.md, "Conventions"). */
export interface Expected {
  url: string;
  generation: string;
  viewer: string;
  fullName: string | null;
  firstName: string | null;
  headline: string | null;
  location: string | null;
  pronouns: string | null;
  connectionDegree: string | null;
  current: { title: string | null; company: string } | null;
  aboutStartsWith: string | null;
  experience: { title: string; company: string; dates?: string | null }[];
  education: { school: string; degree?: string | null; dates?: string }[];
  activity: { kind: string; textStartsWith: string }[];
  featured: { title: string }[];
  skillsVisible: string[];
}

export interface Fixture {
  name: string;
  dir: string;
  doc: Document;
  expected: Expected;
}

export const REAL_DIR = fixturesDir();

/** Names of pages that have an .expected.json beside them. */
export function fixtureNames(dir: string | null): string[] {
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
}

export function parseHtml(html: string, url = 'https://www.linkedin.com/'): Document {
  // No runScripts: the page's own scripts stay inert, as in a saved page.
  return new JSDOM(html, { url }).window.document;
}

const cache = new Map<string, Fixture>();

export function loadFixture(dir: string, name: string): Fixture {
  const key = path.join(dir, name);
  const hit = cache.get(key);
  if (hit) return hit;
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected;
  const doc = parseHtml(readFileSync(path.join(dir, `${name}.html`), 'utf8'), expected.url);
  const fixture = { name, dir, doc, expected };
  cache.set(key, fixture);
  return fixture;
}

/** A synthetic page by file name (without .html) as a fresh Document. */
export function loadSynthetic(name: string, url = 'https://www.linkedin.com/'): Document {
  return parseHtml(readFileSync(path.join(SYNTHETIC_DIR, `${name}.html`), 'utf8'), url);
}

/** Every page to check against its expected.json: the real ones when present, and the synthetic ones. */
export function allExpectedPages(): { dir: string; name: string }[] {
  return [
    ...fixtureNames(REAL_DIR).map((name) => ({ dir: REAL_DIR as string, name })),
    ...fixtureNames(SYNTHETIC_DIR).map((name) => ({ dir: SYNTHETIC_DIR, name })),
  ];
}

/** The MANIFEST's comparison form: whitespace collapsed, first n code points, right-trimmed. */
export function startsWith(text: string | null | undefined, n: number): string | null {
  if (text == null) return null;
  return Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, n).join('').trimEnd();
}
