import { hash32, pick, type Seed } from './hash';
import type { FoundHook } from './hooks';
import { NO_HOOK, OPENINGS, SHARED_ORG_NOW, TITLE_WORK, type OpeningBank } from './phrases/opening';

function bankFor(hook: FoundHook): OpeningBank {
  if (hook.kind === 'current-work' && !hook.quoted) return TITLE_WORK;
  if (hook.kind === 'shared-org' && hook.current) return { ...OPENINGS['shared-org'], refs: SHARED_ORG_NOW };
  return OPENINGS[hook.kind];
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * The opening's levels, fullest first (templates using {hook} and {hookShort}):
 * 0 the whole sentence; 1 with the detail shortened; 2 without the reaction; 3 without the detail.
 * The frame is one combination out of every lead × ref × reaction (plus subject × predicate),
 * chosen uniformly by the person's seed.
 */
export function openingLevels(hook: FoundHook | null, seed: Seed): string[] {
  if (!hook) return [pick(NO_HOOK, seed, 'opening')];
  const b = bankFor(hook);
  const s1 = b.leads.length * b.refs.length * b.reactions.length;
  const s2 = (b.subjects?.length ?? 0) * (b.predicates?.length ?? 0);
  let n = hash32(`opening\u0000${seed}`) % (s1 + s2);
  const lead = at(b.leads, hash32(`opening-lead\u0000${seed}`));
  let full: string;
  let ref: string;
  if (n < s1) {
    const l = at(b.leads, n);
    n = Math.floor(n / b.leads.length);
    ref = at(b.refs, n);
    n = Math.floor(n / b.refs.length);
    full = `${l} ${ref}${at(b.reactions, n)}.`;
    return levels(full, l, ref, b.bare);
  }
  n -= s1;
  const subjects = b.subjects ?? [];
  const subject = at(subjects, n);
  full = `${subject} ${at(b.predicates ?? [], Math.floor(n / subjects.length))}.`;
  ref = at(b.refs, subjects.indexOf(subject));
  return levels(full, lead, ref, b.bare);
}

function levels(full: string, lead: string, ref: string, bare: string): string[] {
  const short = (s: string) => s.replace(/\{hook\}/g, '{hookShort}');
  return [full, short(full), `${lead} ${short(ref)}.`, `${lead} ${bare}.`];
}
