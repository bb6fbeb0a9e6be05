import { z } from '../zod';
import {
  QUERY_RESULTS, STEP_RESULTS, ToPopupPortSchema,
  type LiveQuery, type PopupStep, type PortLike, type QueryResult, type StepResult, type ToBackgroundPort,
} from './protocol';

interface Listener { onValue(v: unknown): void; onError(message: string): void }
/**
 * One query on the port, shared by every caller asking the same thing (by its JSON). `last` is its latest
 * answer, handed at once to a caller that comes later; `held` keeps a prefetched one until a caller comes.
 */
interface Watch {
  query: LiveQuery; key: string; listeners: Set<Listener>; last?: { value: unknown } | { error: string }; held: boolean;
  /** The port it was last asked on: a new port asks it again. */
  on?: PortLike;
}
interface Pending { step: PopupStep; resolve(v: unknown): void; reject(e: Error): void }

export interface TrackerLink {
  /** Calls back with the query's result now and after every change. Returns the unsubscribe. */
  watch<Q extends LiveQuery>(query: Q, onValue: (v: QueryResult<Q>) => void, onError: (message: string) => void): () => void;
  /**
   * Asks now for what a component will watch once it renders (the popup's first draft): its later
   * watch() of the same query gets this answer, or shares the one on its way.
   */
  prefetch(query: LiveQuery): void;
  /** The latest answer to this query if one is shared already, so a component's first render can show it. */
  peek<Q extends LiveQuery>(query: Q): { value: QueryResult<Q> } | { error: string } | undefined;
  /** Takes one step in the background; rejects with the tracker's own sentence. */
  step<S extends PopupStep>(step: S): Promise<StepResult<S>>;
}

export const LOST = "Coffee Chat stopped before it confirmed this. Close and reopen the popup to see whether it was saved, and try again if it wasn't.";

const UNREACHABLE = "Coffee Chat can't reach its storage right now. Close and reopen the popup.";

/**
 * Waits before asking again after the port drops, one per drop in a row. Firefox refuses a connection
 * at once while it is still suspending the event page, so asking again at once can use up every try
 * within milliseconds (a CI run on 2 busy cores did); spaced out, they span the suspension.
 */
export const RETRY_MS: readonly number[] = [0, 100, 400, 1000, 2000];

/**
 * The popup's end of the port. Connects on first use, and again if the browser
 * stops the background (MV3 workers sleep): watches are sent again, a step in
 * flight is reported as unconfirmed rather than retried, so it is never taken twice.
 */
export function linkToBackground(connect: () => PortLike, retryMs: readonly number[] = RETRY_MS): TrackerLink {
  let port: PortLike | null = null;
  let nextId = 1;
  const watches = new Map<number, Watch>();
  const byKey = new Map<string, number>();
  const pending = new Map<number, Pending>();
  // Disconnects in a row with no answer between them: past retryMs, stop and say so.
  let drops = 0;

  const send = (m: ToBackgroundPort) => open().postMessage(m);
  const open = (): PortLike => {
    if (port) return port;
    const p = connect();
    port = p;
    p.onMessage.addListener((raw) => receive(raw));
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const [id, s] of pending) {
        pending.delete(id);
        s.reject(new Error(LOST));
      }
      const wait = retryMs[drops++];
      if (wait === undefined) for (const w of watches.values()) tell(w, { error: UNREACHABLE });
      else setTimeout(askAgain, wait);
    });
    return p;
  };
  // A watch asked on a port, which it remembers: a new port asks it again.
  const ask = (p: PortLike, id: number, w: Watch) => {
    p.postMessage({ type: 'watch', id, query: w.query } satisfies ToBackgroundPort);
    w.on = p;
  };
  // Every watch not yet asked on the current port. Also after giving up: any answer, such as a later
  // step's, shows the background is back, and the popup's views come back to life with it.
  const askAgain = () => {
    if (!watches.size) return;
    try {
      const p = open();
      for (const [id, w] of watches) if (w.on !== p) ask(p, id, w);
    } catch {
      // connect() itself failed (the extension was updated or reloaded under the popup).
      for (const w of watches.values()) tell(w, { error: UNREACHABLE });
    }
  };
  const hand = (l: Listener, got: NonNullable<Watch['last']>) => ('error' in got ? l.onError(got.error) : l.onValue(got.value));
  const tell = (w: Watch, got: NonNullable<Watch['last']>) => {
    w.last = got;
    for (const l of w.listeners) hand(l, got);
  };
  const start = (query: LiveQuery, key: string, held: boolean): Watch => {
    const id = nextId++;
    const w: Watch = { query, key, listeners: new Set(), held };
    watches.set(id, w);
    byKey.set(key, id);
    try {
      ask(open(), id, w);
    } catch {
      // Not shared: the next caller tries the port again.
      watches.delete(id);
      byKey.delete(key);
      w.last = { error: UNREACHABLE };
    }
    return w;
  };
  const stop = (w: Watch) => {
    const id = byKey.get(w.key);
    if (id === undefined || watches.get(id) !== w) return;
    watches.delete(id);
    byKey.delete(w.key);
    if (port) try { port.postMessage({ type: 'unwatch', id } satisfies ToBackgroundPort); } catch { /* gone already */ }
  };

  const receive = (raw: unknown) => {
    const parsed = ToPopupPortSchema.safeParse(raw);
    if (!parsed.success) return;
    if (drops > retryMs.length) askAgain();
    drops = 0;
    const m = parsed.data;
    const w = watches.get(m.id);
    const s = pending.get(m.id);
    if (s) pending.delete(m.id);
    if (m.type === 'error') return w ? tell(w, { error: m.message }) : s?.reject(new Error(m.message));
    const schema = w ? QUERY_RESULTS[w.query.name] : s ? ((STEP_RESULTS as Record<string, z.ZodType>)[s.step.name] ?? z.unknown()) : null;
    if (!schema) return;
    const value = schema.safeParse(m.value);
    const bad = 'Coffee Chat got an answer it could not read from its own storage. Close and reopen the popup.';
    if (w) return tell(w, value.success ? { value: value.data } : { error: bad });
    if (value.success) s!.resolve(value.data);
    else s!.reject(new Error(bad));
  };

  return {
    watch(query, onValue, onError) {
      const key = JSON.stringify(query);
      const known = byKey.get(key);
      const w = (known !== undefined && watches.get(known)) || start(query, key, false);
      const l: Listener = { onValue: onValue as (v: unknown) => void, onError };
      w.listeners.add(l);
      w.held = false;
      if (w.last) hand(l, w.last);
      return () => {
        w.listeners.delete(l);
        if (!w.listeners.size && !w.held) stop(w);
      };
    },
    peek<Q extends LiveQuery>(query: Q) {
      const known = byKey.get(JSON.stringify(query));
      return (known !== undefined ? watches.get(known)?.last : undefined) as { value: QueryResult<Q> } | { error: string } | undefined;
    },
    prefetch(query) {
      const key = JSON.stringify(query);
      if (!byKey.has(key)) start(query, key, true);
    },
    step(step) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { step, resolve: resolve as (v: unknown) => void, reject });
        try {
          send({ type: 'step', id, step });
        } catch {
          pending.delete(id);
          reject(new Error(LOST));
        }
      });
    },
  };
}
