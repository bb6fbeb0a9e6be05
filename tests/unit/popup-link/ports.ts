import type { PortLike } from '../../../lib/popup-link/protocol';

type Fn<A extends unknown[]> = (...a: A) => void;

/**
 * Two ends of an in-memory port that behave as Chrome's do: messages arrive
 * asynchronously as structured clones; disconnecting tells only the other end;
 * posting on a closed port throws.
 */
export function portPair(): { popup: PortLike; background: PortLike; sent: unknown[] } {
  const sent: unknown[] = [];
  const end = () => ({ msg: new Set<Fn<[unknown]>>(), gone: new Set<Fn<[]>>() });
  const a = end();
  const b = end();
  let open = true;
  const make = (self: ReturnType<typeof end>, other: ReturnType<typeof end>, log: boolean): PortLike => ({
    postMessage(m) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      if (log) sent.push(m);
      const copy = structuredClone(m);
      setTimeout(() => open && other.msg.forEach((f) => f(copy)), 0);
    },
    disconnect() {
      if (!open) return;
      open = false;
      setTimeout(() => other.gone.forEach((f) => f()), 0);
    },
    onMessage: { addListener: (f) => void self.msg.add(f) },
    onDisconnect: { addListener: (f) => void self.gone.add(f) },
  });
  return { popup: make(a, b, true), background: make(b, a, false), sent };
}
