import { useEffect, useState } from 'preact/hooks';

/**
 * A page's code, loaded the first time it is shown: the dashboard opens on the list, which
 * paints without parsing the person page, the mentorship journal, the data tools or "Due now".
 */
export function useModule<T>(load: () => Promise<T>, when: boolean): { mod?: T; error?: Error } {
  const [state, setState] = useState<{ mod?: T; error?: Error }>({});
  useEffect(() => {
    if (!when || state.mod) return;
    load().then((mod) => setState({ mod }), (e: unknown) => setState({ error: e instanceof Error ? e : new Error(String(e)) }));
  }, [when]);
  return state;
}
