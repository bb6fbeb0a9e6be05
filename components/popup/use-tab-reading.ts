import { useEffect, useState } from 'preact/hooks';
import { isStillLoading } from '../../lib/linkedin';
import { readTab, targetTab, type TabReading } from '../../lib/popup/read-tab';

export type ReadState = { kind: 'loading'; waitingFor?: string[]; tabUrl?: string | null } | TabReading;

type Target = { id: number; url: string | null } | null;
export interface FirstRead {
  tab: Promise<Target>;
  reading: Promise<TabReading | null>;
}

/**
 * Starts finding and reading the tab before the UI has rendered (main.tsx): the popup's
 * first draft waits on this read more than on anything else.
 */
export function startTabReading(search: string): FirstRead {
  const tab = targetTab(search);
  return { tab, reading: tab.then((t) => (t ? readTab(t) : null)) };
}

const RETRIES = 5;
const RETRY_MS = 400;

/**
 * Reads the profile in the target tab once when the popup opens. LinkedIn loads
 * sections lazily (sdui-2026-self), so while the reader says something is still
 * loading we wait briefly and read again, showing what we wait for.
 */
export function useTabReading(first: FirstRead): ReadState {
  const [state, setState] = useState<ReadState>({ kind: 'loading' });
  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await first.tab;
      if (!tab) return alive && setState({ kind: 'not-profile', url: null });
      // Its address is enough to start looking the person up while the page is read.
      if (alive) setState({ kind: 'loading', tabUrl: tab.url });
      let result = (await first.reading)!;
      for (let i = 0; i < RETRIES && alive && result.kind === 'read' && isStillLoading(result.reading); i++) {
        setState({ kind: 'loading', waitingFor: result.reading.missing, tabUrl: tab.url });
        await new Promise((r) => setTimeout(r, RETRY_MS));
        result = await readTab(tab);
      }
      if (alive) setState(result);
    })();
    return () => {
      alive = false;
    };
  }, [first]);
  return state;
}
