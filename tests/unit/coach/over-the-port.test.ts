import { describe, expect, it, vi } from 'vitest';
import { linkToBackground } from '../../../lib/popup-link/client';
import type { QueryResult } from '../../../lib/popup-link/protocol';
import { servePopup } from '../../../lib/popup-link/serve';
import { freshDb } from '../tracker/helpers';
import { portPair } from '../popup-link/ports';

// The popup asks the background for hints.
describe('the coach over the popup’s port', () => {
  it('answers each text with the same hints the coach gives, checked on arrival', async () => {
    const link = linkToBackground(() => {
      const pair = portPair();
      servePopup(pair.background, freshDb(), async () => undefined);
      return pair.popup;
    });
    const got: QueryResult<{ name: 'coach'; draft: { body: string }; context: { channel: 'message' } }>[] = [];
    const errors: string[] = [];
    const stop = link.watch(
      { name: 'coach', draft: { body: "Hi Anna, I'm Ada, a data analyst. Would you consider taking me under your wing?" }, context: { channel: 'message', firstName: 'Anna' } },
      (v) => void got.push(v),
      (e) => void errors.push(e),
    );
    await vi.waitFor(() => expect(got.length).toBe(1));
    expect(errors).toEqual([]);
    const golden = got[0]!.find((h) => h.rule === 'golden-rule');
    expect(golden?.severity).toBe('problem');
    expect(golden?.span).toBeDefined();
    stop();
  });
  it('refuses a malformed request with a sentence instead of hanging', async () => {
    const link = linkToBackground(() => {
      const pair = portPair();
      servePopup(pair.background, freshDb(), async () => undefined);
      return pair.popup;
    });
    const errors: string[] = [];
    link.watch({ name: 'coach', draft: { body: 'x'.repeat(30_000) }, context: { channel: 'message' } }, () => undefined, (e) => void errors.push(e));
    await vi.waitFor(() => expect(errors.length).toBe(1));
    expect(errors[0]).toMatch(/could not use that request/);
  });
});
