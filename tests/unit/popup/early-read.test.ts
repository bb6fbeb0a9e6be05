// The popup's first read (lib/popup/find-tab.ts, read-tab.ts): popup-start.js begins it before the
// bundle loads, the bundle takes it over and checks it. The tab is fakeBrowser's; what the "injected"
// reader answers is the real reader on the bundled sample page (Node cannot inject into a tab).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readProfile } from '../../../lib/linkedin';
import { startEarlyRead, takeEarlyRead } from '../../../lib/popup/find-tab';
import { checkRead, readTab } from '../../../lib/popup/read-tab';
import { SAMPLE } from '../../demo/sample';
import { parseHtml } from '../linkedin/fixtures';

const PROFILE_URL = `https://www.linkedin.com/in/${SAMPLE.slug}/`;

/** scripting.executeScript as Chrome answers it: the reader's return value, or the browser's refusal. */
function injectInto(doc: Document | Error) {
  const calls: number[] = [];
  fakeBrowser.scripting.executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    calls.push(target.tabId);
    if (doc instanceof Error) throw doc;
    return [{ documentId: 'd', frameId: 0, result: JSON.parse(JSON.stringify(readProfile(doc, PROFILE_URL))) }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript;
  return calls;
}

describe('the popup’s early read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the profile tab it was opened for, and the bundle takes that read over once', async () => {
    const calls = injectInto(parseHtml(readFileSync(SAMPLE.file, 'utf8'), PROFILE_URL));
    const tab = await fakeBrowser.tabs.create({ url: PROFILE_URL });
    const search = `?tab=${tab.id}`;
    startEarlyRead(search);
    const early = takeEarlyRead(search)!;
    expect(await early.tab).toEqual({ id: tab.id, url: PROFILE_URL });
    const read = checkRead((await early.tab)!, await early.raw);
    expect(read.kind).toBe('read');
    if (read.kind === 'read') expect(read.reading.profile.fullName).toBe(SAMPLE.person);
    expect(calls).toEqual([tab.id]);
    // Taken once: a second popup open (or a retry) starts afresh instead of reusing an old answer.
    expect(takeEarlyRead(search)).toBeNull();
  });

  it('is not taken by a page opened for another tab', async () => {
    injectInto(parseHtml(readFileSync(SAMPLE.file, 'utf8'), PROFILE_URL));
    const tab = await fakeBrowser.tabs.create({ url: PROFILE_URL });
    startEarlyRead(`?tab=${tab.id}`);
    expect(takeEarlyRead(`?tab=${tab.id! + 1}`)).toBeNull();
  });

  it('injects nothing into a tab that is not a profile', async () => {
    const calls = injectInto(new Error('should not be called'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/' });
    const early = startEarlyRead(`?tab=${tab.id}`);
    expect(checkRead((await early.tab)!, await early.raw)).toEqual({ kind: 'not-profile', url: 'https://www.linkedin.com/feed/' });
    expect(calls).toEqual([]);
  });

  it('says so in a sentence when the browser refuses, and when the page answers nonsense', async () => {
    injectInto(new Error('Cannot access contents of the page'));
    const tab = { id: 7, url: PROFILE_URL };
    const refused = await readTab(tab);
    expect(refused).toEqual({ kind: 'unreadable', message: 'Coffee Chat could not read this page (Cannot access contents of the page).' });
    expect(checkRead(tab, { ok: true, result: { profile: 'nonsense' } }).kind).toBe('unreadable');
  });
});
