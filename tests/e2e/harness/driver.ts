import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { fixturesDir } from '../../fixtures-dir';
import { SAMPLE } from '../../demo/sample';
import { pagesIn, startFixtureServer, type FixtureServer } from './server';

/**
 * One test body, two browsers: the journeys talk to this interface, implemented once with
 * playwright-core for Chromium (chromium-driver.ts) and once with puppeteer-core over WebDriver
 * BiDi for Firefox (firefox-driver.ts). Its locators are the subset of Playwright's that our
 * page objects use, so a Playwright Locator is one as it is.
 */
export type BrowserName = 'chromium' | 'firefox';
export type Role = Parameters<Page['getByRole']>[0];
export interface RoleOptions {
  name?: string | RegExp;
  exact?: boolean;
  level?: number;
}

export interface Loc {
  getByRole(role: Role, opts?: RoleOptions): Loc;
  getByLabel(text: string, opts?: { exact?: boolean }): Loc;
  getByText(text: string | RegExp, opts?: { exact?: boolean }): Loc;
  filter(opts: { hasText: string | RegExp }): Loc;
  first(): Loc;
  count(): Promise<number>;
  textContent(opts?: { timeout?: number }): Promise<string | null>;
  inputValue(): Promise<string>;
  getAttribute(name: string): Promise<string | null>;
  isChecked(): Promise<boolean>;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  check(): Promise<void>;
  waitFor(opts?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  setInputFiles(file: string): Promise<void>;
}

/** A tab the test drives: a profile page or one of the extension's own pages. */
export interface Tab {
  getByRole(role: Role, opts?: RoleOptions): Loc;
  getByLabel(text: string, opts?: { exact?: boolean }): Loc;
  getByText(text: string | RegExp, opts?: { exact?: boolean }): Loc;
  locator(css: string): Loc;
  url(): Promise<string>;
  /** `fn` runs in the page: it must not close over anything. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Another URL in the same tab (for extension pages: a new hash). */
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Runs `trigger` and returns the path of the file the browser saved from it. */
  download(trigger: () => Promise<void>): Promise<string>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The host of the extension's origin (chrome-extension://<id>/, moz-extension://<uuid>/). */
  readonly extensionId: string;
  /** Every request the browser made, as full URLs; in Firefox also every attempt to reach another host. */
  readonly requests: string[];
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Tab>;
  /** Opens a LinkedIn URL (served locally) in a new tab and returns it with its tab id. */
  openProfileTab(url: string): Promise<{ tab: Tab; tabId: number }>;
  /** Runs `fn` in an extension page, where `chrome.*` is (not in the background: that would wake it). */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Stops the background as the browser does when it idles, and waits until it has (an open popup may wake it again at once). */
  suspendBackground(): Promise<void>;
  backgroundRunning(): Promise<boolean>;
  /** Event listeners on the page's window and document, from every world (content scripts too). */
  listenerCount(tab: Tab): Promise<number>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Firefox only: suspend the idle background after this long (Firefox's default is 30 s). */
  backgroundIdleMs?: number;
}

/** `E2E_BROWSERS=chromium,firefox` (the default: both), set by `npm run test:e2e -- --browser=…`. */
export function browsersUnderTest(): BrowserName[] {
  const wanted = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
  const known: BrowserName[] = ['chromium', 'firefox'];
  const bad = wanted.filter((w) => !known.includes(w as BrowserName));
  if (bad.length) throw new Error(`E2E_BROWSERS: unknown browser ${bad.join(', ')} (use chromium, firefox)`);
  return known.filter((k) => wanted.includes(k));
}

export interface DriverSession {
  d: Driver;
  server: FixtureServer;
}

/** One browser with the e2e build per describe block, and the shared fixture server. */
export function useDriver(name: BrowserName, opts: DriverOptions = {}): () => DriverSession {
  let s: DriverSession | null = null;
  beforeAll(async () => {
    const dir = fixturesDir();
    const server = await startFixtureServer([SAMPLE, ...(dir ? pagesIn(dir) : [])]);
    try {
      const launch = name === 'chromium' ? (await import('./chromium-driver')).launchChromiumDriver : (await import('./firefox-driver')).launchFirefoxDriver;
      s = { d: await launch(server.port, opts), server };
    } catch (err) {
      await server.close();
      throw err;
    }
  });
  afterAll(async () => {
    await s?.d.close();
    await s?.server.close();
  });
  return () => {
    if (!s) throw new Error(`the ${name} session did not start`);
    return s;
  };
}

/** Polls `probe` until it passes `ok`, for waits that are not assertions. */
export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (err) {
      error = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)}${error ? `, error: ${String(error)}` : ''})`);
}

/**
 * `fn` as source the page can run. tsx and Vite may wrap inner functions in `__name(...)`,
 * which the page does not have: the shim gives it one.
 */
export function portable<F extends (...args: never[]) => unknown>(fn: F): F {
  const src = `(...args) => { const __name = (f) => f; return (${fn.toString()})(...args); }`;
  const shim = ((...args: never[]) => fn(...args)) as unknown as F;
  shim.toString = () => src;
  return shim;
}
