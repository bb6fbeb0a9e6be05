import { textLength } from './limits';
import { fill, varsOf, type Vars } from './template';
import { clipWords, tidy } from './text';

/** One slot of a draft (ARCHITECTURE.md §2): its phrasings from fullest (level 0) to shortest ('' drops it). */
export interface Slot {
  id: string;
  /** Paragraph number; slots sharing one are joined by a space. Notes are a single paragraph. */
  para: number;
  levels: readonly string[];
}

/**
 * One shortening step: strip flourishes, or move a slot to a shorter level. Steps accumulate.
 * `ifFits`: take the step only when it brings the draft within the target, so a soft target never
 * costs a slot its substance for nothing (ARCHITECTURE.md §3: a message only aims at "about 600").
 */
export type Step = 'plain' | { slot: string; level: number; ifFits?: boolean };

export interface Plan {
  slots: readonly Slot[];
  vars: Vars;
  /** In the order ARCHITECTURE.md §3 gives: adverbs and flattery, then "who I am", then the hook detail. */
  ladder: readonly Step[];
  layout: 'note' | 'message';
  /** Start without flourishes (the "direct" tone). */
  plain?: boolean;
  /** Values never clipped before the others (the person's name: ARCHITECTURE.md §3 never cuts it). */
  keep?: readonly string[];
  /** Slots whose cuts are given back when a later cut left room, the most important first. */
  restore?: readonly string[];
}

export interface Fitted {
  text: string;
  length: number;
  /** How many ladder steps were taken (for tests and the UI's "shortened to fit" note). */
  steps: number;
}

function render(plan: Plan, levels: ReadonlyMap<string, number>, plain: boolean, vars: Vars): string {
  const paras = new Map<number, string[]>();
  for (const slot of plan.slots) {
    const level = Math.min(levels.get(slot.id) ?? 0, slot.levels.length - 1);
    const text = fill(slot.levels[level] ?? '', vars, plain).trim();
    if (!text) continue;
    paras.set(slot.para, [...(paras.get(slot.para) ?? []), text]);
  }
  const ordered = [...paras.entries()].sort((a, b) => a[0] - b[0]).map(([, parts]) => parts.join(' '));
  const text = tidy(ordered.join(plan.layout === 'note' ? ' ' : '\n\n'));
  // A note runs on after "Hi Anna," so the next word is mid-sentence: "Hi Anna, thank you…" ("I" stays).
  return plan.layout === 'note' ? text.replace(/^([^,\n]{1,260}, )(\p{Lu})(?=\p{Ll})/u, (_, g: string, c: string) => g + c.toLowerCase()) : text;
}

/**
 * Walk the ladder until the draft is within `target`; never return more than `limit` code points.
 * If even the last step is too long (absurd names, titles or pasted text), the longest inserted
 * values are clipped at word boundaries, the name last; a hard cut is the final guarantee.
 */
export function fit(plan: Plan, limit: number, target: number = limit): Fitted {
  const levels = new Map<string, number>();
  let plain = plan.plain ?? false;
  let text = render(plan, levels, plain, plan.vars);
  let steps = 0;
  const goal = Math.min(target, limit);
  for (const step of plan.ladder) {
    if (textLength(text) <= goal) break;
    if (step === 'plain') plain = true;
    else {
      const before = levels.get(step.slot);
      levels.set(step.slot, step.level);
      const tried = render(plan, levels, plain, plan.vars);
      if (step.ifFits && textLength(tried) > goal) {
        if (before === undefined) levels.delete(step.slot);
        else levels.set(step.slot, before);
        continue;
      }
    }
    text = render(plan, levels, plain, plan.vars);
    steps++;
  }
  // A later, bigger cut may have made an earlier one needless: give back the most important slots first,
  // each to its fullest level that still fits.
  if (textLength(text) <= goal) {
    for (const slot of plan.restore ?? []) {
      const now = levels.get(slot);
      if (now === undefined) continue;
      for (let level = 0; level < now; level++) {
        levels.set(slot, level);
        const tried = render(plan, levels, plain, plan.vars);
        if (textLength(tried) <= goal) {
          text = tried;
          break;
        }
        levels.set(slot, now);
      }
    }
  }
  if (textLength(text) > limit) text = clipValues(plan, levels, plain, limit);
  if (textLength(text) > limit) text = [...text].slice(0, limit).join('').trim();
  return { text, length: textLength(text), steps };
}

function clipValues(plan: Plan, levels: ReadonlyMap<string, number>, plain: boolean, limit: number): string {
  const vars: Record<string, string> = { ...plan.vars };
  const keep = new Set(plan.keep ?? []);
  // Only values the current wording shows can make it shorter.
  const shown = new Set(plan.slots.flatMap((slot) => varsOf(slot.levels[Math.min(levels.get(slot.id) ?? 0, slot.levels.length - 1)] ?? '')));
  let text = render(plan, levels, plain, vars);
  for (let guard = 0; guard < 200 && textLength(text) > limit; guard++) {
    const entries = Object.entries(vars).filter(([k, v]) => shown.has(k) && textLength(v) > 12);
    const others = entries.filter(([k]) => !keep.has(k));
    const pool = others.length > 0 ? others : entries;
    const longest = pool.sort((a, b) => textLength(b[1]) - textLength(a[1]))[0];
    if (!longest) break;
    const [key, value] = longest;
    const over = textLength(text) - limit;
    const to = Math.max(12, Math.min(Math.floor(textLength(value) * 0.7), textLength(value) - over));
    vars[key] = clipWords(value, to);
    text = render(plan, levels, plain, vars);
  }
  return text;
}
