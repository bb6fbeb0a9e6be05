import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'pipeline' }
  | { page: 'person'; id: string; nudge?: string; action?: string }
  | { page: 'data' };

/** `#/person/<encoded id>?nudge=check-in` and friends: links from the popup and notifications land here. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const person = /^\/person\/(.+)$/.exec(path);
  if (person) {
    let id = person[1]!;
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it raw: a broken link still shows "not found" instead of crashing */
    }
    return { page: 'person', id, nudge: params.get('nudge') ?? undefined, action: params.get('action') ?? undefined };
  }
  if (path === '/data') return { page: 'data' };
  return { page: 'pipeline' };
}

export const personRoute = (id: string) => `#/person/${encodeURIComponent(id)}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
