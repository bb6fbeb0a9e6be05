import { useLayoutEffect, useState } from 'preact/hooks';
import { isStillLoading } from '../../lib/linkedin';
import { startEarlyRead, takeEarlyRead } from '../../lib/popup/find-tab';
import { checkRead, readTab, type TabReading } from '../../lib/popup/read-tab';

export type ReadState = { kind: 'loading'; waitingFor?: string[]; tabUrl?: string | null } | TabReading;

type Target = { id: number; url: string | null } | null;
export interface FirstRead {
  tab: Promise<Target>;
  reading: Promise<TabReading | null>;
}

/**
 * The read popup-start.js began before the bundle loaded (or, without it, one begun now),
 * validated here: the popup's first draft waits on this read more than on anything else.
 */
export function startTabReading(search: string): FirstRead {
  const early = takeEarlyRead(search) ?? startEarlyRead(search);
  const reading = Promise.all([early.tab, early.raw]).then(([t, raw]) => (t ? checkRead(t, raw) : null));
  return { tab: early.tab, reading };
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
  // Layout effect: the tab's address (the person lookup's key) arrives before the first paint.
  useLayoutEffect(() => {
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
