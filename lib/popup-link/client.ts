import { z } from '../zod';
import {
  QUERY_RESULTS, STEP_RESULTS, ToPopupPortSchema,
  type LiveQuery, type PopupStep, type PortLike, type QueryResult, type StepResult, type ToBackgroundPort,
} from './protocol';

interface Watch { query: LiveQuery; onValue(v: unknown): void; onError(message: string): void }
interface Pending { step: PopupStep; resolve(v: unknown): void; reject(e: Error): void }

export interface TrackerLink {
  /** Calls back with the query's result now and after every change. Returns the unsubscribe. */
  watch<Q extends LiveQuery>(query: Q, onValue: (v: QueryResult<Q>) => void, onError: (message: string) => void): () => void;
  /** Takes one step in the background; rejects with the tracker's own sentence. */
  step<S extends PopupStep>(step: S): Promise<StepResult<S>>;
}

export const LOST = "Coffee Chat stopped before it confirmed this. Close and reopen the popup to see whether it was saved, and try again if it wasn't.";

const UNREACHABLE = "Coffee Chat can't reach its storage right now. Close and reopen the popup.";

/**
 * The popup's end of the port. Connects on first use, and again if the browser
 * stops the background (MV3 workers sleep): watches are sent again, a step in
 * flight is reported as unconfirmed rather than retried, so it is never taken twice.
 */
export function linkToBackground(connect: () => PortLike): TrackerLink {
  let port: PortLike | null = null;
  let nextId = 1;
  const watches = new Map<number, Watch>();
  const pending = new Map<number, Pending>();
  // Disconnects in a row with no answer between them: past a few, stop and say so.
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
      drops++;
      for (const [id, w] of watches) {
        try {
          if (drops > 3) w.onError(UNREACHABLE);
          else send({ type: 'watch', id, query: w.query });
        } catch {
          // connect() itself failed (the extension was updated or reloaded under the popup).
          w.onError(UNREACHABLE);
        }
      }
    });
    return p;
  };
  const receive = (raw: unknown) => {
    const parsed = ToPopupPortSchema.safeParse(raw);
    if (!parsed.success) return;
    drops = 0;
    const m = parsed.data;
    const w = watches.get(m.id);
    const s = pending.get(m.id);
    if (s) pending.delete(m.id);
    if (m.type === 'error') return w ? w.onError(m.message) : s?.reject(new Error(m.message));
    const schema = w ? QUERY_RESULTS[w.query.name] : s ? ((STEP_RESULTS as Record<string, z.ZodType>)[s.step.name] ?? z.unknown()) : null;
    if (!schema) return;
    const value = schema.safeParse(m.value);
    const bad = 'Coffee Chat got an answer it could not read from its own storage. Close and reopen the popup.';
    if (w) return value.success ? w.onValue(value.data) : w.onError(bad);
    if (value.success) s!.resolve(value.data);
    else s!.reject(new Error(bad));
  };

  return {
    watch(query, onValue, onError) {
      const id = nextId++;
      watches.set(id, { query, onValue: onValue as (v: unknown) => void, onError });
      try {
        send({ type: 'watch', id, query });
      } catch {
        onError(UNREACHABLE);
      }
      return () => {
        if (!watches.delete(id)) return;
        if (port) try { port.postMessage({ type: 'unwatch', id } satisfies ToBackgroundPort); } catch { /* gone already */ }
      };
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
