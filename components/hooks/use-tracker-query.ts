import { useEffect, useState } from 'preact/hooks';
import type { LiveQuery, QueryResult } from '../../lib/popup-link/protocol';
import { trackerLink } from '../../lib/shell/tracker-link';

/**
 * The popup's live data: the background runs Dexie's liveQuery and sends each new
 * result, so a step taken in the dashboard shows here without a reload (issue 5).
 * `undefined` while loading. `key` says when the query changed (like hook deps).
 */
export function useTrackerQuery<Q extends LiveQuery>(query: Q | null, key: string): { value: QueryResult<Q> | undefined; error: string | null } {
  const [value, setValue] = useState<QueryResult<Q> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!query) return;
    return trackerLink().watch(
      query,
      (v) => {
        setValue(() => v);
        setError(null);
      },
      setError,
    );
  }, [key]);
  return { value, error };
}
