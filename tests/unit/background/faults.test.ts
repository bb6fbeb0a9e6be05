import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { runCommand, takeStep } from '../../../lib/background/commands';
import { ALARM, RECHECK } from '../../../lib/background/refresh';
import { dropSentScratch } from '../../../lib/background/scratch';
import { emptyProfile } from '../../../lib/linkedin/schema';
import { CommandSchema, type Command, type CommandReply } from '../../../lib/shared/commands';
import { getDb } from '../../../lib/shared/tracker-db';
import { loadWorkingDraft, saveWorkingDraft } from '../../../lib/shared/working-drafts';
import { deleteEverything } from '../../../lib/tracker';
import { UNDO_DELETE_MS } from '../../../lib/tracker/delete';
import { upsertPerson } from '../../../lib/tracker/people';
import { recordSent } from '../../../lib/tracker/record';
import { tagChanges } from '../../../components/dashboard/NotesAndTags';

const DAY = 86_400_000;
const lan = { ...emptyProfile('https://www.linkedin.com/in/nguyen-thi-lan/', 'nguyen-thi-lan'), fullName: 'Nguyễn Thị Lan', firstName: 'Lan' };
const fromDashboard = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') });
const markSent = (at = Date.now()): Extract<Command, { name: 'mark-sent' }> => ({ name: 'mark-sent', profile: lan, text: { channel: 'message', body: 'Chào Lan' }, at });

async function send(command: unknown): Promise<CommandReply> {
  return (await fakeBrowser.runtime.onMessage.trigger({ type: 'command', command }, fromDashboard(), () => undefined))[0] as unknown as CommandReply;
}
async function run(c: Command): Promise<CommandReply> {
  let reply: CommandReply | null = null;
  await runCommand(c, { db: getDb(), refresh: async () => undefined, answer: (r) => void (reply = r) });
  return reply!;
}

describe('faults leave nothing half-done', () => {
  beforeEach(async () => {
    await deleteEverything(getDb());
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.alarms.clearAll();
  });

  it('Mark as sent is one transaction: a step that fails leaves no new "Drafted" person behind', async () => {
    const db = getDb();
    // The step fails after the person was met: an ask too long for the tracker.
    const tooLong: Command = { ...markSent(), text: { channel: 'message' as const, body: 'x'.repeat(10_001) } };
    await expect(takeStep(db, tooLong)).rejects.toThrow(/too long/);
    expect(await db.people.count()).toBe(0);
    // A storage failure inside the write, after upsertPerson ran: rolled back too.
    const spy = vi.spyOn(db.history, 'put').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    const reply = await run(markSent());
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/refused to save/) });
    expect(await db.people.count()).toBe(0);
    spy.mockRestore();
    expect(await run(markSent())).toMatchObject({ ok: true, value: { stage: 'sent' } });
  });

  it('two pages editing one person\'s tags at once both keep their change', async () => {
    const p = await upsertPerson(getDb(), lan, Date.now());
    await run({ name: 'edit-tags', personId: p.id, add: ['design'], remove: [], at: Date.now() } as Command);
    // Both forms opened with ["design"]; one adds "fintech", the other "Hanoi" and removes "design".
    const one = tagChanges(['design'], ['design', 'fintech']);
    const two = tagChanges(['design'], ['Hanoi']);
    expect([one, two]).toEqual([{ add: ['fintech'], remove: [] }, { add: ['Hanoi'], remove: ['design'] }]);
    expect(tagChanges(['design'], [' Design ', 'design'])).toEqual({ add: ['Design'], remove: ['design'] });
    await Promise.all([
      run({ name: 'edit-tags', personId: p.id, ...one, at: Date.now() }),
      run({ name: 'edit-tags', personId: p.id, ...two, at: Date.now() }),
    ]);
    expect((await getDb().people.get(p.id))!.tags.sort()).toEqual(['Hanoi', 'fintech']);
    expect((await getDb().summaries.get(p.id))!.tags.sort()).toEqual(['Hanoi', 'fintech']);
    // A new spelling replaces the old one.
    await run({ name: 'edit-tags', personId: p.id, ...tagChanges(['fintech', 'Hanoi'], ['Fintech', 'Hanoi']), at: Date.now() });
    expect((await getDb().people.get(p.id))!.tags).toEqual(['Hanoi', 'Fintech']);
  });

  it('a delete can be undone for a while, with everything back; after that, it is gone', async () => {
    const t = Date.UTC(2026, 10, 22, 9, 0);
    const sent = await run(markSent(t));
    const id = (sent as { value: { id: string } }).value.id;
    const before = { person: await getDb().people.get(id), history: await getDb().history.get(id), summary: await getDb().summaries.get(id) };
    expect(await run({ name: 'delete-person', personId: id, at: t + 1000 })).toMatchObject({ ok: true, value: { id, name: 'Nguyễn Thị Lan' } });
    expect(await getDb().people.count()).toBe(0);
    expect(await run({ name: 'restore-person', personId: id, at: t + 60_000 })).toMatchObject({ ok: true });
    expect({ person: await getDb().people.get(id), history: await getDb().history.get(id), summary: await getDb().summaries.get(id) }).toEqual(before);
    // Deleted again, and undone too late: refused in a sentence; the bin forgets it on the next delete.
    await run({ name: 'delete-person', personId: id, at: t + 2 * 60_000 });
    expect(await run({ name: 'restore-person', personId: id, at: t + 2 * 60_000 + UNDO_DELETE_MS })).toMatchObject({ ok: false, message: expect.stringMatching(/too long ago/) });
    await run(markSent(t + DAY));
    await run({ name: 'delete-person', personId: id, at: t + DAY + 1 });
    expect((await getDb().meta.toArray()).filter((r) => r.key.startsWith('bin:'))).toHaveLength(1);
  });

  it('a person added again since the delete is not overwritten by the undo', async () => {
    const t = Date.UTC(2026, 10, 22, 9, 0);
    const id = ((await run(markSent(t))) as { value: { id: string } }).value.id;
    await run({ name: 'delete-person', personId: id, at: t + 1 });
    await run({ name: 'keep-draft', profile: lan, text: { channel: 'message', body: 'new' }, at: t + 2 });
    expect(await run({ name: 'restore-person', personId: id, at: t + 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/in your tracker again/) });
  });

  it('a scratch draft recorded as sent is dropped when the worker starts again; others stay', async () => {
    const at = Date.now();
    const p = await upsertPerson(getDb(), lan, at);
    await recordSent(getDb(), p.id, { channel: 'message', text: 'Chào Lan', at });
    // The worker stopped after the send's transaction, before afterStep cleared the copy.
    await saveWorkingDraft(lan.url, { channel: 'message', hookId: null, body: 'Chào Lan', edited: true });
    await saveWorkingDraft('https://www.linkedin.com/in/ada/', { channel: 'message', hookId: null, body: 'Hi Ada', edited: true });
    expect(await dropSentScratch(getDb())).toBe(1);
    expect(await loadWorkingDraft(lan.url)).toBeNull();
    expect(await loadWorkingDraft('https://www.linkedin.com/in/ada/')).not.toBeNull();
  });
});

/** Through the real background's message listener, as the dashboard sends. */
async function runBackground(command: unknown): Promise<CommandReply> {
  return send(command);
}

describe('the background arms a recheck before each write and recomputes at every start', () => {
  beforeEach(async () => {
    await deleteEverything(getDb());
    await fakeBrowser.alarms.clearAll();
    // fakeBrowser has no ports; the popup's path is tested in background.test.ts.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RECHECK)).toBeUndefined());
  });

  it.each([
    ['negative', -5], ['fractional', Date.UTC(2026, 0, 1) + 0.5], ['past what a Date holds', 8.7e15], ['before 2000', 1.5],
    ['after 2100', Date.UTC(2101, 0, 1)], ['not a number', '2026-01-01'],
  ])('a %s time from a page never reaches the store', async (_name, at) => {
    expect(CommandSchema.safeParse({ ...markSent(), at }).success).toBe(false);
    const reply = await runBackground({ ...markSent(), at });
    expect(reply).toMatchObject({ ok: false });
    for (const c of [{ name: 'snooze', personId: lan.url, kind: 'check-in', until: at }, { name: 'dismiss', personId: lan.url, kind: 'check-in', about: at }]) {
      expect(CommandSchema.safeParse(c).success).toBe(false);
    }
    expect(await getDb().people.count()).toBe(0);
  });


  it('a write arms the recheck alarm first; the refresh after it sets the nudge alarm and disarms the recheck', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const put = vi.spyOn(getDb().people, 'put');
    create.mockClear();
    expect(await send(markSent(Date.now() - 2 * DAY))).toMatchObject({ ok: true });
    // Armed before anything was stored, so a stop at any moment after leaves a wake-up behind.
    expect(create.mock.calls[0]![0]).toBe(RECHECK);
    expect(create.mock.invocationCallOrder[0]!).toBeLessThan(put.mock.invocationCallOrder[0] ?? Infinity);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(ALARM)).toBeDefined());
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RECHECK)).toBeUndefined());
  });

  it('a send saved by a worker that stopped before its refresh gets its alarm when the worker starts again', async () => {
    // The write happened, the refresh never did: no alarm.
    const at = Date.now() - 2 * DAY;
    const p = await upsertPerson(getDb(), lan, at);
    await recordSent(getDb(), p.id, { channel: 'message', text: 'Chào Lan', at });
    await fakeBrowser.alarms.clearAll();
    background.main(); // the worker starts again, for any reason
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(ALARM))?.scheduledTime).toBe(at + 7 * DAY));
  });
});
