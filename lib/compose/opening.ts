import { hash32, type Seed } from './hash';
import type { FoundHook } from './hooks';
import { freshest, stems } from './repeats';
import { NO_HOOK, OPENINGS, SHARED_ORG_NOW, TITLE_WORK, type OpeningBank } from './phrases/opening';

function bankFor(hook: FoundHook): OpeningBank {
  if (hook.kind === 'current-work' && !hook.quoted) return TITLE_WORK;
  if (hook.kind === 'shared-org' && hook.current) return { ...OPENINGS['shared-org'], refs: SHARED_ORG_NOW };
  return OPENINGS[hook.kind];
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The opening in the sizes the plans need; templates use {hook} and {hookShort}. */
export interface OpeningForms {
  /** The whole sentence, with the reaction ("…, and it stayed with me"). */
  full: string;
  /** The whole sentence with the shorter detail (messages shorten to this). */
  fullShort: string;
  /** Without the reaction, which says how it made me feel: the note drops it with the flattery. */
  plain: string;
  /** Without the reaction and with the shorter detail. */
  plainShort: string;
  /** Without the detail: "I read your recent post." */
  bare: string;
}

/**
 * The opening for a hook. The frame is one combination out of every lead × ref × reaction (plus
 * subject × predicate), chosen uniformly by the person's seed, so frames rarely repeat across people.
 */
export function opening(hook: FoundHook | null, seed: Seed, avoid: ReadonlySet<string> = new Set()): OpeningForms {
  const b = hook ? bankFor(hook) : NO_HOOK;
  const s1 = b.leads.length * b.refs.length * b.reactions.length;
  const s2 = (b.subjects?.length ?? 0) * (b.predicates?.length ?? 0);
  let n = hash32(`opening\u0000${seed}`) % (s1 + s2);
  // The lead and the reaction repeat no word of the sentence after them, who I am and why them
  // (`avoid`, ASK.md §2.3: "I learned that you…. I'm learning more about…"), and the reaction none
  // of its own sentence ("how you describe your work, … my own work").
  let lead = freshest(b.leads, avoid, seed, 'lead', hash32(`opening-lead\u0000${seed}`) % b.leads.length);
  let ref: string;
  let full: string;
  if (n < s1) {
    lead = freshest(b.leads, avoid, seed, 'lead', n % b.leads.length);
    n = Math.floor(n / b.leads.length);
    ref = at(b.refs, n);
    const said = new Set([...stems(`${lead} ${ref}`), ...avoid]);
    const reaction = freshest(b.reactions, said, seed, 'reaction', Math.floor(n / b.refs.length) % b.reactions.length);
    full = `${lead} ${ref}${reaction}.`;
  } else {
    n -= s1;
    const subjects = b.subjects ?? [];
    const subject = at(subjects, n);
    const predicates = b.predicates ?? [];
    const said = new Set([...stems(subject), ...avoid]);
    full = `${subject} ${freshest(predicates, said, seed, 'predicate', Math.floor(n / subjects.length) % predicates.length)}.`;
    ref = at(b.refs, subjects.indexOf(subject));
  }
  const short = (t: string) => t.replace(/\{hook\}/g, '{hookShort}');
  const plain = `${lead} ${ref}.`;
  return { full, fullShort: short(full), plain, plainShort: short(plain), bare: `${lead} ${b.bare}.` };
}
