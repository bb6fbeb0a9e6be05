import { fnv1a } from '../hash';

/**
 * Deterministic variety: every slot picks its phrasing from a hash of the person (their slug) and
 * the slot's name, so the same person always gets the same draft and two people rarely share a
 * sentence frame (the brief's "varied wording" rule). No randomness, no clock.
 */

/** The one FNV-1a (lib/hash.ts), then a murmur-style finaliser for better low bits (`% bank.length`). */
export function hash32(s: string): number {
  let h = fnv1a(s);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type Seed = string;

/** One item of a bank, chosen by seed and salt. */
export function pick<T>(bank: readonly T[], seed: Seed, salt: string): T {
  if (bank.length === 0) throw new Error(`empty phrase bank: ${salt}`);
  return bank[hash32(`${salt}\u0000${seed}`) % bank.length] as T;
}

/**
 * One combination of several banks, chosen uniformly over the whole product (mixed radix), so a
 * sentence built from three banks of ten has a thousand frames, not ten.
 */
export function pickCombo<T extends readonly (readonly unknown[])[]>(
  banks: T,
  seed: Seed,
  salt: string,
): { [K in keyof T]: T[K][number] } {
  let n = hash32(`${salt}\u0000${seed}`);
  const out: unknown[] = [];
  for (const bank of banks) {
    if (bank.length === 0) throw new Error(`empty phrase bank: ${salt}`);
    out.push(bank[n % bank.length]);
    n = Math.floor(n / bank.length) ^ hash32(`${salt}\u0001${out.length}\u0000${seed}`);
  }
  return out as { [K in keyof T]: T[K][number] };
}
