import { useEffect, useState } from 'preact/hooks';

/**
 * A page's or a part's code, loaded the first time it is shown: the dashboard opens on the list, which
 * paints without parsing the person page, the mentorship journal, the data tools or "Due now"; the person
 * page paints without the draft's composer and coach, the mentorship's close draft or its CSV library.
 * The load starts in an effect, which Preact runs after the browser paints. `inOwnTask` starts it in a task
 * of its own after that: asking for a chunk appends its preload links and starts its requests, a few
 * milliseconds each, which would otherwise hold up the page's other effects (on the mentorship page, its
 * live query and its "shown" mark waited some 20 ms behind the follow-up draft's chunks).
 */
export function useModule<T>(load: () => Promise<T>, when: boolean, opts: { inOwnTask?: boolean } = {}): { mod?: T; error?: Error } {
  const [state, setState] = useState<{ mod?: T; error?: Error }>({});
  useEffect(() => {
    if (!when || state.mod) return;
    let gone = false;
    const start = () => load().then(
      (mod) => !gone && setState({ mod }),
      (e: unknown) => !gone && setState({ error: e instanceof Error ? e : new Error(String(e)) }),
    );
    if (!opts.inOwnTask) {
      void start();
      return;
    }
    const task = setTimeout(() => void start(), 0);
    return () => (gone = true, clearTimeout(task));
  }, [when]);
  return state;
}
