import { useEffect, useState } from 'preact/hooks';
import { now } from '../../lib/shared/clock';

/** The current time through the extension's one clock, refreshed every `everyMs`. */
export function useNow(everyMs = 60_000): number | null {
  const [t, setT] = useState<number | null>(null);
  useEffect(() => {
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
