import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/shared/settings-store';

/** Settings, live: a change on the welcome page shows in an open popup or dashboard. */
export function useSettings(): Settings | null {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setS);
    return watchSettings(setS);
  }, []);
  return s;
}
