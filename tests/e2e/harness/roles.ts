/**
 * Finding elements by role and accessible name inside a page, for drivers that have no
 * `getByRole` of their own (puppeteer in Firefox). A subset of Playwright's semantics, the
 * subset our pages use: implicit roles of plain HTML, names from aria-label(ledby), labels,
 * legends and content; exact or case-insensitive substring or RegExp matching; hidden
 * elements skipped. The function runs in the page, so it must not close over anything.
 */
export type Text = string | { re: string; flags: string };
export type Step =
  | { kind: 'role'; role: string; name?: Text; exact?: boolean; level?: number }
  | { kind: 'label'; text: Text; exact?: boolean }
  | { kind: 'text'; text: Text; exact?: boolean }
  | { kind: 'css'; selector: string }
  | { kind: 'hasText'; text: Text }
  | { kind: 'has'; chain: Step[] }
  | { kind: 'first' };

export function findAll(chain: Step[]): Element[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value: string, t: Text, exact?: boolean) => {
    if (typeof t !== 'string') return new RegExp(t.re, t.flags).test(value);
    return exact ? value === norm(t) : value.toLowerCase().includes(norm(t).toLowerCase());
  };
  const visible = (el: Element) =>
    !el.closest('[aria-hidden="true"],[hidden]') && (el as HTMLElement).checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) !== false;
  const implicit: Record<string, string> = {
    button: 'button', textarea: 'textbox', table: 'table', tr: 'row', td: 'cell', th: 'columnheader', ul: 'list', ol: 'list',
    li: 'listitem', fieldset: 'group', nav: 'navigation', main: 'main', output: 'status', dialog: 'dialog', article: 'article',
    aside: 'complementary', p: 'paragraph', hr: 'separator', progress: 'progressbar', details: 'group', summary: 'button',
  };
  const labelText = (el: Element): string => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return norm(ids.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) return norm([...labels].map((l) => l.textContent).join(' '));
    return '';
  };
  const roleOf = (el: Element): string => {
    const explicit = el.getAttribute('role')?.split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : '';
    if (tag === 'select') return (el as HTMLSelectElement).multiple ? 'listbox' : 'combobox';
    if (tag === 'img') return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    if (tag === 'section') return labelText(el) ? 'region' : '';
    if (tag === 'form') return labelText(el) ? 'form' : '';
    if (tag === 'input') {
      const type = (el as HTMLInputElement).type;
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return 'searchbox';
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      return ['hidden', 'file', 'color', 'date', 'datetime-local', 'time', 'month', 'week', 'password'].includes(type) ? '' : 'textbox';
    }
    return implicit[tag] ?? '';
  };
  const fromContent = new Set(['button', 'link', 'heading', 'cell', 'columnheader', 'row', 'tab', 'option', 'menuitem', 'checkbox', 'radio', 'switch', 'tooltip', 'treeitem']);
  const nameOf = (el: Element): string => {
    const own = labelText(el);
    if (own) return own;
    if (el.localName === 'fieldset') return norm(el.querySelector(':scope > legend')?.textContent);
    if (el.localName === 'table') return norm((el as HTMLTableElement).caption?.textContent);
    if (el.localName === 'img') return norm(el.getAttribute('alt'));
    if (el.localName === 'input' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type)) return norm((el as HTMLInputElement).value);
    if (fromContent.has(roleOf(el))) return norm(el.textContent);
    return norm(el.getAttribute('title') ?? el.getAttribute('placeholder'));
  };
  const within = (roots: Element[] | Document[]): Element[] => {
    const out = new Set<Element>();
    for (const r of roots) r.querySelectorAll('*').forEach((e) => out.add(e));
    return [...out];
  };
  const run = (steps: Step[], start: Element[] | Document[]): Element[] => {
    let current: Element[] | Document[] = start;
    for (const s of steps) {
      const all = (): Element[] => within(current);
      const els = current as Element[];
      if (s.kind === 'role') {
        current = all().filter((e) => roleOf(e) === s.role && visible(e)
          && (s.level === undefined || e.localName === `h${s.level}` || e.getAttribute('aria-level') === String(s.level))
          && (s.name === undefined || matches(nameOf(e), s.name, s.exact)));
      } else if (s.kind === 'label') {
        current = all().filter((e) => /^(input|textarea|select)$/.test(e.localName) || e.hasAttribute('role'))
          .filter((e) => matches(labelText(e), s.text, s.exact));
      } else if (s.kind === 'text') {
        const hit = (e: Element) => e.localName !== 'script' && e.localName !== 'style' && matches(norm(e.textContent), s.text, s.exact);
        current = all().filter((e) => hit(e) && visible(e) && ![...e.children].some(hit));
      } else if (s.kind === 'css') {
        current = all().filter((e) => e.matches(s.selector));
      } else if (s.kind === 'hasText') {
        current = els.filter((e) => matches(norm(e.textContent), s.text, false));
      } else if (s.kind === 'has') {
        current = els.filter((e) => run(s.chain, [e]).length > 0);
      } else {
        current = els.slice(0, 1);
      }
    }
    return current as Element[];
  };
  return run(chain, [document]);
}
