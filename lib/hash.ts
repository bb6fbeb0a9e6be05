/**
 * 32-bit FNV-1a over UTF-16 code units: the one stable string hash (invitation UIDs, draft variety).
 * `seed` replaces the offset basis, so two seeds give two independent hashes of one text.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
