/**
 * Remembers a pure function of one string: a draft reads the same profile lines and the same goal for each channel, opener
 * and question (issue 10: compose under 5 ms a draft). The oldest answer goes first once `max` are kept.
 */
export function memo<T>(fn: (s: string) => T, max = 5000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(s, v);
    return v;
  };
}
