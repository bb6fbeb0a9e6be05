// Fuzz: break fixture pages at random (seeded, so failures replay) and read them after every
// round. The reader must never throw and must always return a valid Reading.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../lib/linkedin';
import { ReadingSchema } from '../../../lib/linkedin/schema';
import { fixtureNames, loadFixture, REAL_DIR, SYNTHETIC_DIR } from './fixtures';

/** mulberry32: tiny, seedable, good enough to pick nodes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = ['\u202Eevil', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u200B', '· 1st', 'She/Her', ''];

/** One random edit: drop a subtree, drop/swap attributes, move a node, or replace some text. */
function mutate(doc: Document, rnd: () => number): void {
  const all = doc.body?.getElementsByTagName('*');
  if (!all || all.length === 0) return;
  const any = () => all[Math.floor(rnd() * all.length)] ?? null;
  const el = any();
  if (!el) return;
  const roll = rnd();
  if (roll < 0.3) {
    el.remove();
  } else if (roll < 0.5) {
    const attr = el.attributes[Math.floor(rnd() * el.attributes.length)];
    if (attr) el.removeAttribute(attr.name);
  } else if (roll < 0.7) {
    const other = any();
    const a = el.attributes[Math.floor(rnd() * el.attributes.length)];
    const b = other?.attributes[Math.floor(rnd() * (other?.attributes.length ?? 0))];
    if (other && a && b) {
      const [va, vb] = [a.value, b.value];
      el.setAttribute(a.name, vb);
      other.setAttribute(b.name, va);
    }
  } else if (roll < 0.85) {
    const parent = any();
    if (parent && !el.contains(parent)) parent.appendChild(el);
  } else {
    el.textContent = HOSTILE[Math.floor(rnd() * HOSTILE.length)] ?? '';
  }
}

interface Target {
  name: string;
  load: () => Document;
  url: string;
  rounds: number;
}

const REAL_PICK = ['public-2026-a', 'not-found-2024', 'public-2024-b', 'public-2023-a', 'ember-2024-e', 'sdui-2026-self'];
const targets: Target[] = [
  ...fixtureNames(SYNTHETIC_DIR).map((name) => {
    const f = loadFixture(SYNTHETIC_DIR, name);
    return { name, load: () => f.doc, url: f.expected.url, rounds: 40 };
  }),
  ...fixtureNames(REAL_DIR)
    .filter((n) => REAL_PICK.includes(n))
    .map((name) => {
      const f = loadFixture(REAL_DIR as string, name);
      return { name, load: () => f.doc, url: f.expected.url, rounds: 30 };
    }),
];

describe.each(targets)('fuzzed $name', ({ name, load, url, rounds }) => {
  it(`survives ${rounds} rounds of random damage`, () => {
    const doc = load(); // this file owns its documents; breaking them is the point
    const rnd = prng([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < 4; i++) mutate(doc, rnd);
      let reading;
      expect(() => (reading = readProfile(doc, url)), `${name} round ${round}`).not.toThrow();
      const parsed = ReadingSchema.safeParse(reading);
      expect(parsed.success, `${name} round ${round}: ${parsed.error?.message}`).toBe(true);
    }
  });
});
