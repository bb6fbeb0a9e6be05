import { describe, expect, it } from 'vitest';
import { writeGuard } from '../../../lib/background/write-guard';

/** A promise the test settles by hand, to place a write inside a refresh and the other way round. */
function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a refresh disarms the recheck only if its plan saw every write', () => {
  it('a refresh with no write about may disarm; the guard arms before the write runs', async () => {
    const log: string[] = [];
    const g = writeGuard(async () => void log.push('arm'));
    let disarm: boolean | null = null;
    await g.refresh(async (may) => void (disarm = may()));
    expect(disarm).toBe(true);
    await g.guard(async () => void log.push('write'));
    expect(log).toEqual(['arm', 'write']);
  });

  it.each([
    ['a write begins while the refresh reads', 'during', false],
    ['the refresh begins while a write is open', 'open', false],
    ['the refresh begins after the write settled', 'after', true],
  ] as const)('%s: may disarm = %s', async (_name, when, expected) => {
    const g = writeGuard(async () => undefined);
    const reading = gate();
    const writing = gate();
    let disarm: boolean | null = null;
    if (when === 'open') {
      const w = g.guard(() => writing.p);
      await tick();
      const r = g.refresh(async (may) => { await reading.p; disarm = may(); });
      writing.open(); await w; reading.open(); await r;
    } else if (when === 'during') {
      const r = g.refresh(async (may) => { await reading.p; disarm = may(); });
      await tick();
      await g.guard(async () => undefined);
      reading.open(); await r;
    } else {
      await g.guard(async () => undefined);
      await g.refresh(async (may) => void (disarm = may()));
    }
    expect(disarm).toBe(expected);
  });

  it('refreshes run one at a time, in order, so an older plan never overwrites a newer alarm', async () => {
    const g = writeGuard(async () => undefined);
    const first = gate();
    const log: string[] = [];
    const a = g.refresh(async () => { log.push('a starts'); await first.p; log.push('a ends'); });
    const b = g.refresh(async () => void log.push('b runs'));
    await tick();
    expect(log).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('a refresh that fails does not stop the next one, and its caller hears of the failure', async () => {
    const g = writeGuard(async () => undefined);
    await expect(g.refresh(async () => { throw new Error('disk'); })).rejects.toThrow('disk');
    let ran = false;
    await g.refresh(async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it('a write that fails is no longer open: the next refresh may disarm', async () => {
    const g = writeGuard(async () => undefined);
    await expect(g.guard(async () => { throw new Error('quota'); })).rejects.toThrow('quota');
    let disarm: boolean | null = null;
    await g.refresh(async (may) => void (disarm = may()));
    expect(disarm).toBe(true);
  });
});
