import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LiveQuery, QueryResult } from '../../lib/popup-link/protocol';
import { trackerLink } from '../../lib/popup/tracker-link';

type Got<T> = { key: string; value?: T; error?: string };

/**
 * The popup's live data: the background runs Dexie's liveQuery and sends each new
 * result, so a step taken in the dashboard shows here without a reload.
 * `key` says when the query changed (like hook deps). `value` is undefined while the
 * current query loads, unless `keepPrevious` (the due list between clock ticks), and
 * a `null` query gives nothing. `beforePaint` is for what a draft waits on (the person, the next
 * step): the question leaves in the render that asks it, not a frame later. The rest (coach, due
 * list) waits for the paint, so its answer never adds work before the draft first shows.
 */
export function useTrackerQuery<Q extends LiveQuery>(
  query: Q | null,
  key: string,
  opts: { keepPrevious?: boolean; beforePaint?: boolean } = {},
): { value: QueryResult<Q> | undefined; error: string | null } {
  // What the link already has for this query (a prefetch answered), so the first render shows it.
  const [got, setGot] = useState<Got<QueryResult<Q>> | null>(() => {
    const last = query && trackerLink().peek(query);
    return last ? { key, ...last } : null;
  });
  // Fixed per call site, so the hooks' order never changes between renders.
  const useAsk = opts.beforePaint ? useLayoutEffect : useEffect;
  useAsk(() => {
    if (!query) return;
    return trackerLink().watch(
      query,
      (value) => setGot({ key, value }),
      (error) => setGot({ key, error }),
    );
  }, [key, query === null]);
  const current = query !== null && got !== null && (got.key === key || opts.keepPrevious === true);
  return { value: current ? got.value : undefined, error: current ? got.error ?? null : null };
}
