import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { linkToBackground, LOST, RETRY_MS } from '../../../lib/popup-link/client';
import type { PortLike } from '../../../lib/popup-link/protocol';
import { servePopup } from '../../../lib/popup-link/serve';
import { forgetOldDeletes } from '../../../lib/tracker/delete';
import { recordReply } from '../../../lib/tracker/record';
import type { CoffeeChatDb } from '../../../lib/tracker/db';
import { DAY, freshDb, profile, T0 } from '../tracker/helpers';
import { portPair } from './ports';

/** A popup linked to a background that serves `db`, with every port it opened. */
function linked(db: CoffeeChatDb, afterStep = vi.fn(async () => undefined)) {
  const ports: ReturnType<typeof portPair>[] = [];
  const link = linkToBackground(() => {
    const pair = portPair();
    ports.push(pair);
    servePopup(pair.background, db, afterStep);
    return pair.popup;
  });
  return { link, ports, afterStep };
}

/** Collects a watch's values; `next(pred)` waits for one that matches. */
function collect<T>() {
  const values: T[] = [];
  const errors: string[] = [];
  const next = (pred: (v: T) => boolean) => vi.waitFor(() => expect(values.some(pred)).toBe(true));
  return { values, errors, onValue: (v: T) => void values.push(v), onError: (e: string) => void errors.push(e), next };
}

const marisol = profile('marisol-vega');
const text = { channel: 'message' as const, body: 'Hi Marisol, …' };

// The popup reads and writes through the background.
describe('popup ↔ background link', () => {
  it('a watched person appears with the step the popup takes, and the background follows up on the step', async () => {
    const { link, afterStep } = linked(freshDb());
    const seen = collect<{ stage: string } | null>();
    link.watch({ name: 'person', url: marisol.url }, seen.onValue, seen.onError);
    await seen.next((v) => v === null);
    const person = await link.step({ name: 'mark-sent', profile: marisol, text, at: T0 });
    expect(person.stage).toBe('sent');
    await vi.waitFor(() => expect(afterStep).toHaveBeenCalledTimes(1));
    await seen.next((v) => v?.stage === 'sent');
    expect(seen.errors).toEqual([]);
  });

  it('a change made elsewhere (the dashboard) reaches the popup live', async () => {
    const db = freshDb();
    const { link } = linked(db);
    const p = await link.step({ name: 'mark-sent', profile: marisol, text, at: T0 });
    const seen = collect<{ stage: string } | null>();
    link.watch({ name: 'person', url: marisol.url }, seen.onValue, seen.onError);
    await seen.next((v) => v?.stage === 'sent');
    await recordReply(db, p.id, { at: T0 + DAY });
    await seen.next((v) => v?.stage === 'replied');
  });

  it('answers the note times and the due list', async () => {
    const { link } = linked(freshDb());
    await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'connection-note', body: 'Hi' }, at: T0 });
    const notes = collect<number[]>();
    link.watch({ name: 'sent-note-times' }, notes.onValue, notes.onError);
    await notes.next((v) => v.length === 1 && v[0] === T0);
    const due = collect<{ kind: string; title: string }[]>();
    link.watch({ name: 'due', now: T0 + 8 * DAY, settings: DEFAULT_SETTINGS }, due.onValue, due.onError);
    await due.next((v) => v.length === 1 && v[0]!.kind === 'check-in' && v[0]!.title.includes('Marisol'));
  });

  it('names the step Undo would take back, and follows it', async () => {
    const db = freshDb();
    const { link } = linked(db);
    const p = await link.step({ name: 'mark-sent', profile: marisol, text, at: T0 });
    const last = collect<{ type: string; sentKind?: string; at: number } | null>();
    link.watch({ name: 'last-step', personId: p.id }, last.onValue, last.onError);
    await last.next((v) => v?.type === 'sent' && v.sentKind === 'ask' && v.at === T0);
    await recordReply(db, p.id, { at: T0 + DAY });
    await last.next((v) => v?.type === 'replied' && v.at === T0 + DAY);
  });

  it.each([
    ['a reply from someone not tracked', (_id: string) => ({ name: 'mark-replied', personId: 'nobody', at: T0 }) as const, /no longer in your tracker/],
    ['a reply before any ask', (id: string) => ({ name: 'mark-replied', personId: id, at: T0 }) as const, /Marisol/],
    ['a second undo with nothing left', (id: string) => ({ name: 'undo', personId: id }) as const, /nothing to undo for Marisol/, 1],
  ])('refuses %s with the tracker’s own sentence', async (_, step, message, undoFirst = 0) => {
    const { link, afterStep } = linked(freshDb());
    const drafted = await link.step({ name: 'keep-draft', profile: marisol, text, at: T0 });
    if (undoFirst) await link.step({ name: 'undo', personId: drafted.id });
    await expect(link.step(step(drafted.id))).rejects.toThrow(message);
    await new Promise((r) => setTimeout(r, 10));
    expect(afterStep).toHaveBeenCalledTimes(1 + undoFirst); // refused steps are not followed up
  });

  it("the next step's writes (accepted, held, a follow-up sent) are the same commands as the dashboard's", async () => {
    const { link, afterStep } = linked(freshDb());
    const invited = await link.step({ name: 'mark-invited', profile: marisol, at: T0 });
    const accepted = await link.step({ name: 'accept', personId: invited.id, at: T0 + DAY });
    expect(accepted.acceptedAt).toBe(T0 + DAY);
    const asked = await link.step({ name: 'send', personId: invited.id, kind: 'ask', text, at: T0 + 2 * DAY });
    expect(asked.stage).toBe('sent');
    await link.step({ name: 'mark-replied', personId: invited.id, at: T0 + 3 * DAY });
    const chatAt = T0 + 5 * DAY;
    await link.step({ name: 'schedule', personId: invited.id, at: T0 + 3 * DAY, chat: { at: chatAt, minutes: 30, timeZone: 'UTC' } });
    const held = await link.step({ name: 'hold', personId: invited.id, takeaways: 'Ship small', at: chatAt + DAY / 24 });
    expect([held.stage, held.takeaways]).toEqual(['held', 'Ship small']);
    const thanked = await link.step({ name: 'send', personId: invited.id, kind: 'thank-you', text, at: chatAt + DAY / 12 });
    expect(thanked.thankYouAt).toBe(chatAt + DAY / 12);
    await vi.waitFor(() => expect(afterStep).toHaveBeenCalledTimes(7));
  });

  it('answers a request it cannot parse with a message, never silence', async () => {
    const pair = portPair();
    servePopup(pair.background, freshDb(), async () => undefined);
    pair.popup.postMessage({ type: 'step', id: 7, step: { name: 'mark-sent', profile: {}, text: { channel: 'pigeon', body: 'Hi' }, at: T0 } });
    await vi.waitFor(() => expect(pair.received).toEqual([{ type: 'error', id: 7, message: expect.stringMatching(/not valid \(step\.text\.channel: /) }]));
  });

  it('a profile the tracker cannot save is refused in the tracker’s own words', async () => {
    const { link } = linked(freshDb());
    const huge = { ...marisol, about: 'x'.repeat(5000) };
    await expect(link.step({ name: 'mark-sent', profile: huge, text, at: T0 })).rejects.toThrow(/This profile can't be saved: about/);
  });

  it('rejects an answer that does not fit its schema', async () => {
    const link = linkToBackground(() => {
      const pair = portPair();
      pair.background.onMessage.addListener((m) => pair.background.postMessage({ type: 'value', id: (m as { id: number }).id, value: { stage: 'sent' } }));
      return pair.popup;
    });
    const seen = collect<unknown>();
    link.watch({ name: 'person', url: marisol.url }, seen.onValue, seen.onError);
    await vi.waitFor(() => expect(seen.errors).toEqual([expect.stringMatching(/could not read/)]));
    expect(seen.values).toEqual([]);
  });

  it('when the browser stops the background, watches come back on a new port and a step in flight is reported, not repeated', async () => {
    const db = freshDb();
    const { link, ports } = linked(db);
    const seen = collect<{ stage: string } | null>();
    link.watch({ name: 'person', url: marisol.url }, seen.onValue, seen.onError);
    await seen.next((v) => v === null);
    const step = link.step({ name: 'keep-draft', profile: marisol, text, at: T0 });
    ports[0]!.background.disconnect(); // the worker goes away before it answers
    await expect(step).rejects.toThrow(LOST);
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    await link.step({ name: 'mark-sent', profile: marisol, text, at: T0 + 1 });
    await seen.next((v) => v?.stage === 'sent');
  });

  it('a step that wakes the background lands beside its start-up work', async () => {
    // Each start of the background empties the bin (entrypoints/background.ts) as the step that woke it
    // comes in; the step failed with "Transaction has already completed or failed" (lib/tracker/tx.ts).
    const db = freshDb();
    for (let i = 0; i < 3; i++) {
      const link = linkToBackground(() => {
        const pair = portPair();
        void forgetOldDeletes(db, T0);
        servePopup(pair.background, db, async () => undefined);
        return pair.popup;
      });
      const person = await link.step({ name: 'mark-sent', profile: profile(`woken-${i}`), text, at: T0 });
      expect(person.stage).toBe('sent');
    }
  });

  /** A background that refuses the first `refusals` connections at once, as Firefox does while it suspends one. */
  function refusing(db: CoffeeChatDb, refusals: number) {
    const at: number[] = [];
    const link = linkToBackground((): PortLike => {
      const pair = portPair();
      at.push(performance.now());
      if (at.length <= refusals) setTimeout(() => pair.background.disconnect(), 0);
      else servePopup(pair.background, db, async () => undefined);
      return pair.popup;
    }, WAITS);
    return { link, at };
  }
  const WAITS = [0, 20, 40, 60, 80];

  it('a burst of refusals while the background suspends is waited out: the watch comes back without an error', async () => {
    const { link, at } = refusing(freshDb(), WAITS.length);
    const seen = collect<number[]>();
    link.watch({ name: 'sent-note-times' }, seen.onValue, seen.onError);
    await seen.next((v) => v.length === 0);
    expect(seen.errors).toEqual([]);
    expect(at).toHaveLength(WAITS.length + 1);
    // Each try waits longer than the one before, so the tries span the suspension instead of a few milliseconds.
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(WAITS.reduce((a, b) => a + b, 0) - 5);
  });

  it('gives the product its waits: about three seconds in all, the first try at once', () => {
    expect(RETRY_MS[0]).toBe(0);
    expect(RETRY_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
  });

  it('stops reconnecting after repeated refusals and says so; an answer later brings the watches back', async () => {
    const { link, at } = refusing(freshDb(), WAITS.length + 1);
    const seen = collect<number[]>();
    link.watch({ name: 'sent-note-times' }, seen.onValue, seen.onError);
    await vi.waitFor(() => expect(seen.errors).toEqual([expect.stringMatching(/can't reach its storage/)]));
    await new Promise((r) => setTimeout(r, 100));
    expect(at).toHaveLength(WAITS.length + 1);
    // The user tries again: the step is answered, so the background is back, and so is the watch.
    await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'connection-note', body: 'Hi' }, at: T0 });
    await seen.next((v) => v.length === 1 && v[0] === T0);
    expect(at).toHaveLength(WAITS.length + 2);
  });

  it('unwatching ends the background’s live query', async () => {
    const db = freshDb();
    const { link, ports } = linked(db);
    const seen = collect<number[]>();
    const stop = link.watch({ name: 'sent-note-times' }, seen.onValue, seen.onError);
    await seen.next((v) => v.length === 0);
    stop();
    await new Promise((r) => setTimeout(r, 20));
    await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'connection-note', body: 'Hi' }, at: T0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.values).toHaveLength(1);
    const [watchMsg, ...rest] = ports[0]!.sent as { type: string; id: number }[];
    expect([watchMsg!.type, ...rest.map((m) => m.type)]).toEqual(['watch', 'unwatch', 'step']);
    // The background itself stopped: after the unwatch it sent nothing more for that watch.
    const forWatch = (ports[0]!.received as { id: number }[]).filter((m) => m.id === watchMsg!.id);
    expect(forWatch).toHaveLength(1);
  });

  it('a prefetched query is asked once: the watch that comes later gets its answer, and the background runs one live query', async () => {
    const { link, ports } = linked(freshDb());
    link.prefetch({ name: 'sent-note-times' });
    await vi.waitFor(() => expect(ports[0]!.received).toHaveLength(1));
    // A component's first render can show it (components/hooks/use-tracker-query.ts).
    expect(link.peek({ name: 'sent-note-times' })).toEqual({ value: [] });
    expect(link.peek({ name: 'person', url: marisol.url })).toBeUndefined();
    const seen = collect<number[]>();
    const stop = link.watch({ name: 'sent-note-times' }, seen.onValue, seen.onError);
    // Handed over at once, without a second question.
    expect(seen.values).toEqual([[]]);
    const also = collect<number[]>();
    link.watch({ name: 'sent-note-times' }, also.onValue, also.onError);
    await link.step({ name: 'mark-sent', profile: marisol, text: { channel: 'connection-note', body: 'Hi' }, at: T0 });
    await seen.next((v) => v.length === 1);
    await also.next((v) => v.length === 1);
    expect((ports[0]!.sent as { type: string }[]).map((m) => m.type)).toEqual(['watch', 'step']);
    // One of two callers leaving keeps the query; the other still hears of changes.
    stop();
    await link.step({ name: 'mark-sent', profile: profile('noor-haddad'), text: { channel: 'connection-note', body: 'Hi' }, at: T0 + 1 });
    await also.next((v) => v.length === 2);
    expect(seen.values.at(-1)).toHaveLength(1);
  });

  it('the last caller leaving a shared query ends it; a prefetch nobody claims stays until one does', async () => {
    const { link, ports } = linked(freshDb());
    const seen = collect<number[]>();
    const stop = link.watch({ name: 'sent-note-times' }, seen.onValue, seen.onError);
    await seen.next((v) => v.length === 0);
    stop();
    link.prefetch({ name: 'due-head', now: T0, settings: DEFAULT_SETTINGS });
    await new Promise((r) => setTimeout(r, 20));
    expect((ports[0]!.sent as { type: string }[]).map((m) => m.type)).toEqual(['watch', 'unwatch', 'watch']);
    // A later watch of a different query is its own.
    const other = collect<unknown>();
    link.watch({ name: 'due-head', now: T0 + 1, settings: DEFAULT_SETTINGS }, other.onValue, other.onError);
    await other.next(() => true);
    expect((ports[0]!.sent as { type: string }[]).filter((m) => m.type === 'watch')).toHaveLength(3);
  });
});
