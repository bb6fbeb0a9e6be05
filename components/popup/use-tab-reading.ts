import { useEffect, useState } from 'preact/hooks';
import { isStillLoading } from '../../lib/linkedin';
import { readTab, targetTab, type TabReading } from '../../lib/shell/read-tab';

export type ReadState = { kind: 'loading'; waitingFor?: string[] } | TabReading;

const RETRIES = 5;
const RETRY_MS = 400;

/**
 * Reads the profile in the target tab once when the popup opens. LinkedIn loads
 * sections lazily (sdui-2026-self), so while the reader says something is still
 * loading we wait briefly and read again, showing what we wait for.
 */
export function useTabReading(search: string): ReadState {
  const [state, setState] = useState<ReadState>({ kind: 'loading' });
  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await targetTab(search);
      if (!tab) return alive && setState({ kind: 'not-profile', url: null });
      let result = await readTab(tab);
      for (let i = 0; i < RETRIES && alive && result.kind === 'read' && isStillLoading(result.reading); i++) {
        setState({ kind: 'loading', waitingFor: result.reading.missing });
        await new Promise((r) => setTimeout(r, RETRY_MS));
        result = await readTab(tab);
      }
      if (alive) setState(result);
    })();
    return () => {
      alive = false;
    };
  }, [search]);
  return state;
}
