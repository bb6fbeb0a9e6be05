import { useLayoutEffect, useState } from 'preact/hooks';
import { now } from '../../lib/shared/clock';

/** The current time through the extension's one clock, refreshed every `everyMs`. */
export function useNow(everyMs = 60_000): number | null {
  const [t, setT] = useState<number | null>(null);
  // Started as the component mounts, not a frame later: the dashboard's first render waits on each read in turn.
  useLayoutEffect(() => {
    let alive = true;
    const tick = () => void now().then((v) => alive && setT(v));
    tick();
    const id = setInterval(tick, everyMs);
    return () => {
      alive = false;
      clearInterval(id);
    };
  }, [everyMs]);
  return t;
}
