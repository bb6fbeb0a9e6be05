import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { portable, until, type Driver, type DriverOptions, type Loc, type Role, type RoleOptions, type Tab } from './driver';
import { backgroundState, backgroundStops, FIREFOX_UUID, frameScript, launchFirefox, type FirefoxBrowser } from './firefox';
import { findAll, type Step, type Text } from './roles';

const FIND = findAll.toString();
const text = (t: string | RegExp): Text => (typeof t === 'string' ? t : { re: t.source, flags: t.flags });

/** A page function that gets `find` (roles.ts) as its first argument. */
function withFind<A, R>(fn: (find: typeof findAll, chain: Step[], arg: A) => R): (chain: Step[], arg: A) => R {
  const src = `(chain, arg) => { const __name = (f) => f; const find = ${FIND}; return (${fn.toString()})(find, chain, arg); }`;
  const shim = (() => undefined) as unknown as (chain: Step[], arg: A) => R;
  shim.toString = () => src;
  return shim;
}

const counted = withFind((find, chain) => find(chain).length);
const only = withFind((find, chain) => {
  const els = find(chain);
  if (els.length > 1) throw new Error(`strict mode: ${els.length} elements match`);
  return els[0];
});

/** In the page: attached, enabled and drawn, with a box that is the same over two animation frames. */
const steady = portable((e: Element): Promise<boolean> => {
  const box = () => e.getBoundingClientRect();
  // A frame, or 200 ms where none comes: never hang on a tab that draws nothing.
  const frame = () => new Promise<void>((ok) => { requestAnimationFrame(() => ok()); setTimeout(ok, 200); });
  const first = box();
  return frame().then(frame).then(() => {
    const now = box();
    return e.isConnected && !(e as HTMLButtonElement).disabled && first.width * first.height > 0 && ['x', 'y', 'width', 'height'].every((k) => now[k as 'x'] === first[k as 'x']);
  });
});

type Guarded = Window & { __hit?: 'clicked' | 'missed' | 'none'; __guard?: (ev: Event) => void };
const POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

/**
 * In the page, as Playwright's hit-target check: every pointer event of the coming click must reach `e`. From the first that
 * lands elsewhere (the layout moved after the point was read, or in the middle of the click), they are all stopped there.
 */
const arm = portable((e: Element, kinds: string[]): void => {
  const w = window as Guarded;
  w.__hit = 'none';
  w.__guard = (ev: Event) => {
    const on = ev.target instanceof Node && e.contains(ev.target);
    if (!on) w.__hit = 'missed';
    if (w.__hit === 'missed') {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    } else if (ev.type === 'click') w.__hit = 'clicked';
  };
  for (const k of kinds) window.addEventListener(k, w.__guard, true);
});
const disarm = portable((kinds: string[]): string => {
  const w = window as Guarded;
  for (const k of kinds) window.removeEventListener(k, w.__guard!, true);
  return w.__hit ?? 'none';
});

/** Playwright's locator semantics over puppeteer: lazy, re-resolved on every call, auto-waiting, strict. */
class FirefoxLoc implements Loc {
  constructor(private readonly tab: FirefoxTab, private readonly chain: Step[]) {}
  private with(step: Step): Loc {
    return new FirefoxLoc(this.tab, [...this.chain, step]);
  }
  getByRole(role: Role, opts: RoleOptions = {}): Loc {
    return this.with({ kind: 'role', role, name: opts.name === undefined ? undefined : text(opts.name), exact: opts.exact, level: opts.level });
  }
  getByLabel(t: string, opts: { exact?: boolean } = {}): Loc {
    return this.with({ kind: 'label', text: t, exact: opts.exact });
  }
  getByText(t: string | RegExp, opts: { exact?: boolean } = {}): Loc {
    return this.with({ kind: 'text', text: text(t), exact: opts.exact });
  }
  locator(css: string): Loc {
    return this.with({ kind: 'css', selector: css });
  }
  filter(opts: { hasText: string | RegExp }): Loc {
    return this.with({ kind: 'hasText', text: text(opts.hasText) });
  }
  first(): Loc {
    return this.with({ kind: 'first' });
  }
  count(): Promise<number> {
    return this.tab.page.evaluate(counted, this.chain, undefined);
  }
  private async element(timeout = 15_000): Promise<ElementHandle<Element>> {
    await this.tab.front();
    return until(
      async () => (await this.tab.page.evaluateHandle(only, this.chain, undefined)).asElement() as ElementHandle<Element> | null,
      (h) => h !== null,
      `an element for ${JSON.stringify(this.chain)}`,
      timeout,
    ).catch(async (err: unknown) => {
      // What the page showed instead, so a failure in CI says what went wrong.
      throw new Error(`${String(err)}\nThe page shows: ${await this.tab.shown()}`);
    }) as Promise<ElementHandle<Element>>;
  }
  async textContent(opts: { timeout?: number } = {}): Promise<string | null> {
    return (await this.element(opts.timeout)).evaluate((e) => e.textContent);
  }
  async inputValue(): Promise<string> {
    return (await this.element()).evaluate((e) => (e as HTMLInputElement).value);
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.element()).evaluate((e, n) => e.getAttribute(n), name);
  }
  async isChecked(): Promise<boolean> {
    return (await this.element()).evaluate((e) => (e as HTMLInputElement).checked ?? e.getAttribute('aria-checked') === 'true');
  }
  /**
   * As Playwright's click: wait until the element is attached, enabled and still, click it, and check the
   * click reached it. puppeteer clicks at a point it reads first; a re-render in between (a live query
   * settling after a save) either throws "not clickable" or lands the click on whatever moved there.
   */
  async click(): Promise<void> {
    const outcome = await until(
      async () => {
        const el = await this.element();
        if (!(await el.evaluate(steady))) return 'wait';
        await el.evaluate(arm, POINTER);
        let hit = 'none';
        try {
          await el.click();
        } catch (err) {
          // Thrown before any input is sent: trying again cannot click twice.
          if (/not clickable|detached|not an Element/i.test(String(err))) return 'wait';
          return err instanceof Error ? err : new Error(String(err));
        } finally {
          // A click that navigated leaves no guard to ask: it was clicked.
          hit = await this.tab.page.evaluate(disarm, POINTER).catch(() => 'gone');
        }
        return hit === 'missed' ? 'wait' : 'clicked';
      },
      (o) => o !== 'wait',
      `${JSON.stringify(this.chain)} to hold still and take a click`,
    );
    if (outcome instanceof Error) throw outcome;
  }
  async fill(value: string): Promise<void> {
    // As Playwright's fill: focus, replace the value, fire input and change.
    await (await this.element()).evaluate((e, v) => {
      const el = e as HTMLInputElement;
      el.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
      if (setter) setter.call(el, v);
      else el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }
  async waitFor(opts: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const gone = opts.state === 'detached' || opts.state === 'hidden';
    await until(() => this.count(), (n) => (gone ? n === 0 : n > 0), `${JSON.stringify(this.chain)} ${opts.state ?? 'visible'}`, opts.timeout ?? 15_000);
  }
  async setInputFiles(file: string): Promise<void> {
    await ((await this.element()) as ElementHandle<HTMLInputElement>).uploadFile(file);
  }
}

export class FirefoxTab implements Tab {
  constructor(readonly page: Page, private readonly d: FirefoxDriver) {}
  private get root(): FirefoxLoc {
    return new FirefoxLoc(this, []);
  }
  getByRole(role: Role, opts?: RoleOptions): Loc {
    return this.root.getByRole(role, opts);
  }
  getByLabel(t: string, opts?: { exact?: boolean }): Loc {
    return this.root.getByLabel(t, opts);
  }
  getByText(t: string | RegExp, opts?: { exact?: boolean }): Loc {
    return this.root.getByText(t, opts);
  }
  locator(css: string): Loc {
    return this.root.locator(css);
  }
  async url(): Promise<string> {
    return this.page.evaluate(() => location.href);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(portable(fn) as never, arg) as Promise<R>;
  }
  async goto(url: string): Promise<void> {
    await this.front();
    if (url.startsWith('moz-extension:')) await this.d.fx.navigate(this.page, url);
    else await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  /** Background tabs get no animation frames (and so no Preact effects): the driven tab stays in front. */
  async front(): Promise<void> {
    if (this.d.frontTab === this) return;
    await this.page.bringToFront();
    this.d.frontTab = this;
  }
  bringToFront(): Promise<void> {
    return this.front();
  }
  async close(): Promise<void> {
    if (this.d.frontTab === this) this.d.frontTab = null;
    await this.page.close();
  }
  /** The page's visible text, short, for an error message. */
  shown(): Promise<string> {
    return this.page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 800) ?? '').catch(() => '(the page is gone)');
  }
  async download(trigger: () => Promise<void>): Promise<string> {
    const dir = this.d.fx.downloads;
    const before = new Set(readdirSync(dir));
    await trigger();
    const name = await until(
      async () => readdirSync(dir).find((f) => !before.has(f) && !f.endsWith('.part') && statSync(join(dir, f)).size > 0),
      (f) => f !== undefined,
      'a finished download',
    ).catch(async (err: unknown) => {
      // What the page said instead (an error the app showed, a step that never saved), so a CI failure says why.
      throw new Error(`${String(err)}\nThe page shows: ${await this.shown()}`);
    });
    return join(dir, name!);
  }
}

class FirefoxDriver implements Driver {
  readonly name = 'firefox';
  readonly extensionId = FIREFOX_UUID;
  frontTab: FirefoxTab | null = null;
  private control!: Page;
  constructor(readonly fx: FirefoxBrowser, private readonly idleMs: number) {}
  get requests(): string[] {
    return this.fx.requests;
  }
  async start(): Promise<void> {
    this.control = (await this.fx.browser.pages())[0] ?? (await this.fx.browser.newPage());
    await this.fx.navigate(this.control, this.extensionUrl('welcome.html'));
    await backgroundStops(this.fx);
  }
  extensionUrl(path: string): string {
    return `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;
  }
  async openExtensionPage(path: string): Promise<Tab> {
    const tab = new FirefoxTab(await this.fx.browser.newPage(), this);
    this.frontTab = tab;
    await this.fx.navigate(tab.page, this.extensionUrl(path));
    return tab;
  }
  async openProfileTab(url: string): Promise<{ tab: Tab; tabId: number }> {
    const tab = new FirefoxTab(await this.fx.browser.newPage(), this);
    this.frontTab = tab;
    await tab.page.goto(url, { waitUntil: 'domcontentloaded' });
    const u = await tab.url();
    const tabId = await this.inExtension(async (want) => (await chrome.tabs.query({})).find((t) => t.url === want)?.id ?? 0, u);
    if (!tabId) throw new Error(`no tab for ${u}`);
    return { tab, tabId };
  }
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.control.evaluate(portable(fn) as never, arg) as Promise<R>;
  }
  async backgroundRunning(): Promise<boolean> {
    return (await backgroundState(this.fx)) !== 'stopped';
  }
  /** Firefox suspends an idle event page by itself (extensions.background.idle.timeout): wait for it. */
  async suspendBackground(): Promise<void> {
    const before = await backgroundStops(this.fx);
    await until(() => backgroundStops(this.fx), (n) => n > before, `Firefox to suspend the idle background (after ${this.idleMs} ms idle)`, this.idleMs + 15_000);
  }
  async listenerCount(tab: Tab): Promise<number> {
    const url = await tab.url();
    return frameScript<number>(
      this.fx,
      `gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(url)})`,
      'const els = Services.els; return els.getListenerInfoFor(content).length + els.getListenerInfoFor(content.document).length;',
    );
  }
  close(): Promise<void> {
    return this.fx.close();
  }
}

export async function launchFirefoxDriver(port: number, opts: DriverOptions = {}): Promise<Driver> {
  const idleMs = opts.backgroundIdleMs ?? 30_000;
  const d = new FirefoxDriver(await launchFirefox(port, { backgroundIdleMs: idleMs }), idleMs);
  await d.start();
  return d;
}
