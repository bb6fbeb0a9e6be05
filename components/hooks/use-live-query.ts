import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery as a Preact hook: a step taken in the dashboard shows in the
 * popup (and back) without a reload. `undefined` while loading. `early` is for what the page waits on
 * (the person page's person): the query starts in the render that asks it, not after its "Loading…" has painted.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], opts: { early?: boolean } = {}): { value: T | undefined; error: Error | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  // Fixed per call site, so the hooks' order never changes between renders.
  const useStart = opts.early ? useLayoutEffect : useEffect;
  useStart(() => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setValue(() => v);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
    });
    return () => sub.unsubscribe();
  }, deps);
  return { value, error };
}
