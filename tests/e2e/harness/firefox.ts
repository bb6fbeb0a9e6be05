import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../fixtures-dir';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox test build: `wxt build -b firefox --mv3 --mode e2e`, the shipped one plus the e2e additions. */
export const FIREFOX_E2E_BUILD = resolve(projectRoot, '.output/firefox-mv3-e2e');
export const FIREFOX_SHIPPED_BUILD = resolve(projectRoot, '.output/firefox-mv3');
export const GECKO_ID = 'coffee-chat@coffee-chat.invalid';
/** Fixed by the extensions.webextensions.uuids pref, so the extension's origin is known before launch. */
export const FIREFOX_UUID = '0c0ffee0-c4a7-4c4a-9e2e-000000000e2e';
/** Firefox's id for the toolbar widget of an extension's action (makeWidgetId + "-browser-action"). */
export const ACTION_WIDGET = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (e: Record<string, unknown>) => void): void;
}

export interface FirefoxBrowser {
  browser: Browser;
  conn: BidiConnection;
  /** Every URL a page asked for, and every attempt to reach any host but www.linkedin.com (as https://host:port/). */
  requests: string[];
  downloads: string;
  /** Evaluates JavaScript in the browser's own window (chrome scope: CustomizableUI, Services, gBrowser). */
  chrome<T = unknown>(expression: string): Promise<T>;
  /** Navigates a tab without waiting for load events, which Firefox's BiDi never sends for extension pages. */
  navigate(page: Page, url: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A recording proxy for every host but www.linkedin.com: the PAC file sends all other traffic
 * here, and it is refused after its target is written down. Firefox has no host-resolver rules;
 * this is its `MAP * ~NOTFOUND`, and it also sees requests from the background page.
 */
async function startRecorder(seen: string[]): Promise<{ port: number; close(): void }> {
  const server = createServer((sock) => {
    sock.on('error', () => undefined);
    sock.once('data', (d) => {
      const [method, target] = d.toString('latin1').split('\r\n')[0]!.split(' ');
      seen.push(method === 'CONNECT' ? `https://${target}/` : (target ?? '?'));
      sock.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

export async function launchFirefox(port: number, opts: { extDir?: string; backgroundIdleMs?: number } = {}): Promise<FirefoxBrowser> {
  const requests: string[] = [];
  const recorder = await startRecorder(requests);
  const downloads = mkdtempSync(join(tmpdir(), 'coffee-chat-downloads-'));
  const pac = `function FindProxyForURL(url, host) { return host === 'www.linkedin.com' ? 'DIRECT' : 'PROXY 127.0.0.1:${recorder.port}'; }`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true, // the fixture server's self-signed certificate
    // Without it, BiDi may not navigate to moz-extension:// nor reach the browser's own window.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    // Lets the remote-settings pref below apply in a release build: no calls home at start-up.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.background.idle.timeout': opts.backgroundIdleMs ?? 30_000,
      // www.linkedin.com:443 is the local fixture server…
      'network.dns.localDomains': 'www.linkedin.com',
      'network.socket.forcePort': `443=${port}`,
      // …and every other host goes to the recorder, which refuses it.
      'network.proxy.type': 2,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent(pac)}`,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  // What got an answer: Firefox also reports requests that the page's CSP blocked before they left.
  conn.on('network.responseCompleted', (e) => requests.push((e.request as { url: string }).url));
  let chromeContext: string | null = null;
  const chrome = async <T>(expression: string): Promise<T> => {
    if (!chromeContext) {
      const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      chromeContext = (tree.result.contexts as { context: string }[])[0]!.context;
    }
    const { result } = await conn.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
    return (result.result as { value: T }).value;
  };
  const navigate = async (page: Page, url: string) => {
    const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
    await conn.send('browsingContext.navigate', { context, url, wait: 'none' });
    const ready = () => page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
    const end = Date.now() + 15_000;
    for (let s = await ready(); !(s[0] === url && s[1] === 'complete'); s = await ready()) {
      if (Date.now() > end) throw new Error(`${url} did not load (at ${s.join(', ')})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await browser.installExtension(opts.extDir ?? FIREFOX_E2E_BUILD);
  } catch (err) {
    await browser.close();
    recorder.close();
    throw err;
  }
  return {
    browser, conn, requests, downloads, chrome, navigate,
    close: async () => {
      await browser.close();
      recorder.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `code` inside the content process of the <browser> that `browserExpr` (chrome scope)
 * names, with `content` its window, and returns what it sends back. A frame script: the one way
 * from the parent process into a tab or the action's popup, whose documents BiDi does not list.
 */
export function frameScript<T>(fx: FirefoxBrowser, browserExpr: string, code: string): Promise<T> {
  const topic = `coffee-chat:probe:${Math.random().toString(36).slice(2)}`;
  const script = `sendAsyncMessage(${JSON.stringify(topic)}, (() => { ${code} })())`;
  return fx.chrome<T>(`(async () => {
    const b = ${browserExpr};
    if (!b) throw new Error('no such browser');
    return await new Promise((ok, fail) => {
      const mm = b.messageManager;
      const got = (m) => { mm.removeMessageListener(${JSON.stringify(topic)}, got); ok(m.data); };
      mm.addMessageListener(${JSON.stringify(topic)}, got);
      mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
      setTimeout(() => fail(new Error('the frame script did not answer')), 5000);
    });
  })()`);
}

const EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

/** 'running', 'starting', 'suspending' or 'stopped': the background page's state as Firefox keeps it. */
export function backgroundState(fx: FirefoxBrowser): Promise<string> {
  return fx.chrome<string>(`String(${EXTENSION}.backgroundState)`);
}

/**
 * How many times the background page has shut down since the first call. An open popup wakes it
 * again at once, so a state polled now and then can miss the suspension; Firefox's own event can't.
 */
export function backgroundStops(fx: FirefoxBrowser): Promise<number> {
  return fx.chrome<number>(`(() => {
    if (window.coffeeChatStops === undefined) {
      window.coffeeChatStops = 0;
      ${EXTENSION}.on('shutdown-background-script', () => { window.coffeeChatStops++; });
    }
    return window.coffeeChatStops;
  })()`);
}
