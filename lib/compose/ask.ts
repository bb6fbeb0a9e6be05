import type { Plan, Slot, Step } from './fit';
import { hash32, pick, type Seed } from './hash';
import type { FoundHook } from './hooks';
import { opening } from './opening';
import { identity, purpose, whyYou } from './people';
import * as P from './phrases/ask';
import { freshest, stems } from './repeats';
import { capFirst, clipWords, plainInsert } from './text';
import type { Tone } from './types';

export interface AskParts {
  seed: Seed;
  hook: FoundHook | null;
  first: string;
  me: { name: string; identity: string; identityShort: string; identityFirst: string; nameFirst: string; purpose: string };
  why: string;
  questions: readonly string[];
  /** The questions are the user's own: all of them stay, the composer never drops one. */
  ownQuestions?: boolean;
  minutes: number;
  timeZoneLine: boolean;
  tone: Tone;
}

function vars(p: AskParts): Record<string, string> {
  const v: Record<string, string> = {
    first: p.first, minutes: String(p.minutes), me: p.me.name, why: p.why, Why: capFirst(p.why),
    hook: p.hook?.detail ?? '', hookShort: p.hook?.short ?? '',
    identity: p.me.identity, identityShort: p.me.identityShort, identityFirst: p.me.identityFirst, nameFirst: p.me.nameFirst, purpose: p.me.purpose,
  };
  p.questions.forEach((q, i) => (v[`q${i}`] = q));
  return v;
}

/** Without "why you", a closing wish the opening hasn't already made ("…people whose experience I could learn from"). */
const NO_WHY = ["I'd like to learn from your experience", "I'd value your perspective", "I'd be glad to hear how you got where you are", "I'd be grateful for your advice"];

/** "Who I am and why you" at three sizes: with my goal, without it, and who I am alone. One sentence
 * (ASK.md §2.3), so one ", and" at most, worded to repeat no word the paragraph has (repeats.ts). */
function whoLevels(p: AskParts, openingText: string): string[] {
  const { identity: idn, purpose: pur } = p.me;
  const said = stems([openingText, idn, pur, p.why].join(' '));
  const sentence = (lead: string, withGoal: boolean) => {
    const joined = /, and\b/.test(lead.replace('{identity}', idn));
    if (!p.why) {
      const wish = freshest(NO_WHY, said, p.seed, 'wish', 0);
      return lead ? `${lead}, ${joined ? 'so' : 'and'} ${wish}.` : `${wish}.`;
    }
    if (!lead) return freshest(P.WHO_WITHOUT_LEAD, said, p.seed, 'who-bare');
    const bank = joined ? P.WHO_AFTER_AND : withGoal ? P.WHO_WITH_PURPOSE : P.WHO_IDENTITY;
    return freshest(bank, said, p.seed, 'who').replace('{lead}', lead);
  };
  // "I'm Ada, and I build payment systems" already has its ", and": the goal follows with "while".
  const withPurpose = /, and\b/.test(idn) ? '{identity} while {purpose}' : "{identity}, and I'm {purpose}";
  const full = pur ? sentence(idn ? withPurpose : "I'm {purpose}", true) : sentence(idn ? '{identity}' : '', false);
  const shorter = sentence(idn ? '{identity}' : '', false);
  return [full, shorter, idn ? '{identity}.' : shorter];
}

/** The questions as bullets under an intro that names how many there are; three, then two. A single
 * question of the user's own stays a single line. */
function questionLevels(p: AskParts): string[] {
  if (p.questions.length === 0) return [''];
  if (p.questions.length === 1) return ["One thing I'd like to ask: {q0}"];
  const intro = pick(P.QUESTION_INTROS, p.seed, 'q-intro');
  const list = (n: number) => [intro.replace('{count}', n === 2 ? 'two' : 'three'), ...p.questions.slice(0, n).map((_, i) => `- {q${i}}`)].join('\n');
  if (p.ownQuestions) return [list(Math.min(3, p.questions.length))];
  return p.questions.length >= 3 ? [list(3), list(2)] : [list(p.questions.length)];
}

/** "Make it easy" without its flexibility sentence, when the time-zone line already offers to fit their
 * hours: one offer of flexibility, not two ("…fit your morning or evening. Whenever suits you best…"). */
function thanksOnly(easy: string): string {
  return easy.slice(easy.lastIndexOf('. ') + 2);
}

/** The opening, worded around who I am and why them, the same in every channel. */
const openingOf = (p: AskParts) => opening(p.hook, p.seed, stems([p.me.identity, p.me.purpose, p.why].join(' ')));

function greeting(p: AskParts, bank: readonly string[]): string {
  return p.first ? pick(bank, p.seed, 'greeting') : pick(P.NAMELESS_GREETINGS, p.seed, 'greeting');
}

/**
 * Message, InMail and email (ASK.md §2): greeting; opening and who I am; the ask and its questions;
 * time zone and "make it easy"; sign-off. Paragraphs stay at three sentences or fewer.
 * The ~600 target is soft: the third question goes first, then my goal in "who I am" (the sentence
 * still ties me to their expertise, §2.3, and the questions still carry the goal); the hook's detail
 * is cut only when that brings the draft within the target, never for nothing. It never drops a slot.
 */
export function messagePlan(p: AskParts): Plan {
  const o = openingOf(p);
  const easy = pick(P.EASY, p.seed, 'easy');
  const slots: Slot[] = [
    { id: 'greet', para: 0, levels: [greeting(p, P.GREETINGS)] },
    { id: 'open', para: 1, levels: [o.full, o.fullShort] },
    { id: 'who', para: 1, levels: whoLevels(p, o.full) },
    { id: 'ask', para: 2, levels: [pick(P.ASKS[p.tone], p.seed, 'ask')] },
    { id: 'questions', para: 2, levels: questionLevels(p) },
    { id: 'tz', para: 3, levels: [p.timeZoneLine ? pick(P.TIME_ZONE, p.seed, 'tz') : ''] },
    { id: 'easy', para: 3, levels: [p.timeZoneLine ? thanksOnly(easy) : easy] },
    { id: 'sign', para: 4, levels: [p.me.name ? pick(P.SIGN_OFFS, p.seed, 'sign') : ''] },
  ];
  const ladder: Step[] = ['plain', { slot: 'questions', level: 1 }, { slot: 'who', level: 1 }, { slot: 'open', level: 1, ifFits: true }];
  return { slots, vars: vars(p), ladder, layout: 'message', plain: p.tone === 'direct', keep: ['first'] };
}

/**
 * Connection note (ASK.md §3): room for the opening, the ask and thanks; the subject is dropped and
 * "who I am" is a few words. Shortening order:
 * 1. the time-zone line (our choice: it matters least when every character counts);
 * 2. "make it easy" down to the thanks (§3: a note holds the opening, the ask and thanks);
 * 3. adverbs and flattery, with the opening's reaction ("…, and it stayed with me"), and the ask's
 *    "I know you're busy" lead-in: filler goes before the person who is writing;
 * 4. who I am: a few words ("I'm Ada, a backend engineer."), then the name ("I'm Ada.");
 * 5. the hook detail: shorter; only then who I am goes, and then the detail;
 * 6. the shortest thanks and ask wording. Never the name, the minutes or the chat itself.
 */
export function notePlan(p: AskParts): Plan {
  const o = openingOf(p);
  const askIdx = hash32(`note-ask\u0000${p.seed}`);
  const easyIdx = hash32(`note-easy\u0000${p.seed}`);
  const slots: Slot[] = [
    { id: 'greet', para: 0, levels: [greeting(p, P.NOTE_GREETINGS)] },
    { id: 'open', para: 0, levels: [o.full, o.plain, o.plainShort, o.bare] },
    { id: 'who', para: 0, levels: [p.me.identityShort ? '{identityShort}.' : '', p.me.identityFirst ? '{identityFirst}.' : '', p.me.nameFirst ? '{nameFirst}.' : '', ''] },
    { id: 'tz', para: 0, levels: [p.timeZoneLine ? pick(P.NOTE_TIME_ZONE, p.seed, 'tz') : '', ''] },
    { id: 'ask', para: 0, levels: P.NOTE_ASKS.map((bank) => bank[askIdx % bank.length] ?? '') },
    { id: 'easy', para: 0, levels: P.NOTE_EASY.map((bank) => bank[easyIdx % bank.length] ?? '') },
  ];
  const ladder: Step[] = [
    { slot: 'tz', level: 1 }, { slot: 'easy', level: 1 }, 'plain', { slot: 'open', level: 1 }, { slot: 'ask', level: 1 },
    { slot: 'who', level: 1 }, { slot: 'open', level: 2 }, { slot: 'who', level: 2 }, { slot: 'who', level: 3 },
    { slot: 'open', level: 3 }, { slot: 'easy', level: 2 }, { slot: 'ask', level: 2 },
  ];
  return { slots, vars: vars(p), ladder, layout: 'note', plain: p.tone === 'direct', keep: ['first'] };
}

/** The user's side of the draft, worked out once from settings' `me` (any field may be empty). */
export function meParts(me: Parameters<typeof identity>[0]): AskParts['me'] {
  const name = clipWords(plainInsert(me.name), 60);
  // A note's "who I am" in a few words (ASK.md §3), "I'm Ada, a backend engineer.": the first word of
  // the user's own name, offered only after the full name doesn't fit (the user can edit the draft).
  const firstWord = name.split(/\s+/)[0] ?? '';
  return {
    name, identity: identity(me), identityShort: identity(me, true), identityFirst: identity({ ...me, name: firstWord }, true),
    nameFirst: firstWord ? `I'm ${firstWord}` : '', purpose: purpose(me),
  };
}

export { whyYou };
