import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery as a Preact hook: a step taken in the dashboard shows in the
 * popup (and back) without a reload. `undefined` while loading.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): { value: T | undefined; error: Error | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
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
