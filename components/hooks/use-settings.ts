import { useLayoutEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/shared/settings-store';

/** Settings, live: a change on the welcome page shows in an open popup or dashboard. */
export function useSettings(load: () => Promise<Settings> = loadSettings): Settings | null {
  const [s, setS] = useState<Settings | null>(null);
  // Layout effect: the read starts with the first render, not after its paint (popup open time).
  useLayoutEffect(() => {
    void load().then(setS);
    return watchSettings(setS);
  }, []);
  return s;
}
