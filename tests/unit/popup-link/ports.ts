import type { PortLike } from '../../../lib/popup-link/protocol';

type Fn<A extends unknown[]> = (...a: A) => void;

/**
 * Two ends of an in-memory port that behave as Chrome's do: messages arrive
 * asynchronously, serialised as JSON (Firefox's structured clone keeps more, so JSON
 * is the stricter of the two); disconnecting tells only the other end; posting on a
 * closed port throws. `sent` logs popup→background, `received` background→popup.
 */
export function portPair(): { popup: PortLike; background: PortLike; sent: unknown[]; received: unknown[] } {
  const sent: unknown[] = [];
  const received: unknown[] = [];
  const end = () => ({ msg: new Set<Fn<[unknown]>>(), gone: new Set<Fn<[]>>() });
  const a = end();
  const b = end();
  let open = true;
  const make = (self: ReturnType<typeof end>, other: ReturnType<typeof end>, log: unknown[]): PortLike => ({
    postMessage(m) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy: unknown = JSON.parse(JSON.stringify(m));
      log.push(copy);
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
  return { popup: make(a, b, sent), background: make(b, a, received), sent, received };
}
