import { meParts, whoAmI } from '../ask';
import { pick } from '../hash';
import { textLength } from '../limits';
import { findOpeners } from '../openers';
import { ON_GOAL } from '../pair-fit';
import { ABOUT_THEIR_PATH } from '../questions';
import type { Composed, FollowUpInput } from '../types';
import { chatTopic, context, finish } from './common';

const READ = new Set(['post', 'article', 'about', 'featured']);
const BECAUSE = new Set(['move', 'experience']);

/**
 * What the ask was about, in one line, so a busy person needn't scroll back to it: the sender's goal
 * and the line of theirs the ask opened on (the composer's first choice). Empty when neither is known.
 */
function reminder(input: FollowUpInput): { full: string; short: string } {
  const ger = chatTopic(input.me);
  // Who is writing, a week on: the name at the bottom alone doesn't say ("I'm Marta, a data analyst at Vistula Freight").
  const me = meParts(input.me ?? {});
  const who = whoAmI(me, true, true);
  const o = findOpeners(input.profile, input.me ?? {})[0];
  // Named only when it bears on the goal and reads short: a reminder is no place for a long quote or a weak tie.
  // Or on what the sender does (their own work, role or skills): "after reading your post \"Python Threads: Myth or Reality?\"" to a Python teacher.
  const named = o && ((o.goalRelevance ?? 0) >= ON_GOAL || (!!o.quote && o.relevance >= 6)) && textLength(o.short) <= 80 ? o : null;
  const why = !named ? '' : READ.has(named.kind) ? `after reading ${named.short}` : BECAUSE.has(named.kind) ? `because of ${named.short}` : '';
  // "I wrote to ask your advice on …", not "I wrote about …", which reads as an article of mine (fu3 blind review).
  const about = ger && why ? `I wrote to ask your advice on ${ger}, ${why}` : ger ? `I wrote to ask your advice on ${ger}` : why ? `I wrote ${why}` : '';
  const full = who && about ? `As a reminder, ${who}, and ${about}.` : who ? `As a reminder, ${who}.` : about ? `As a reminder, ${about}.` : '';
  return { full, short: ger ? `It was about ${ger}.` : who ? `${whoAmI(me, false, true)}.` : '' };
}

/**
 * The gentle check-in after a week without a reply (ARCHITECTURE.md §5): "no pressure at all", "I know how busy things get",
 * the ask restated in one line, what it was about, and the first question, answerable in a line.
 */
export function checkIn(input: FollowUpInput): Composed {
  const ctx = context(input, 'check-in');
  const hope = pick(["I hope you're doing well.", 'I hope all is well with you.', 'I hope your week is going well.'], ctx.seed, 'hope');
  const restate = pick([
    'I wanted to follow up on my earlier note asking for a {minutes}-minute virtual coffee chat in the coming weeks.',
    'I am writing again about my request for a {minutes}-minute virtual coffee chat in the coming weeks.',
    'I wanted to check in about the {minutes}-minute virtual coffee chat I asked about earlier.',
  ], ctx.seed, 'restate');
  const pressure = pick([
    // An easy answer either way, the yes as easy as the no (fu4 blind review: "invites only a refusal"): a busy person replies to what takes one line.
    'I know how busy things get, so no pressure at all: a quick yes or no would be great, whenever you have a moment.',
    "No pressure at all: if you're open to it, I can fit any time that suits you, and if now isn't a good time, a short no is completely fine.",
    "I know how busy things get, so no pressure at all: if you'd like to talk, I'll fit around your calendar, and if not, a short no is completely fine.",
  ], ctx.seed, 'pressure');
  const about = reminder(input);
  // An easier yes than a call: their one question, answerable in a line (fu15 review: no check-in "restates a question to make
  // replying easy"). The first is the one most theirs.
  // Never a question about their career path ("How did you end up at …?"): answering it in a line helps the sender in nothing.
  const q = input.me?.shortTermGoal || input.me?.longTermGoal ? ctx.questions.find((x) => !ABOUT_THEIR_PATH.test(x)) : undefined;
  const easier = q ? `If a call is hard to fit, even a line on one question would help: ${q}` : '';
  return finish(ctx, {
    subject: `Following up: a ${ctx.minutes}-minute virtual coffee chat`,
    slots: [
      { id: 'hope', para: 1, levels: [hope, ''] },
      { id: 'restate', para: 1, levels: [restate, 'Following up on my {minutes}-minute coffee chat request.'] },
      { id: 'about', para: 1, levels: [about.full, about.short, ''] },
      { id: 'easier', para: 2, levels: [easier, ''] },
      { id: 'pressure', para: 2, levels: [pressure, 'I know how busy things get, so no pressure at all.'] },
    ],
    // The reminder goes after the courtesies and before the restated ask (ARCHITECTURE.md §3: the topic stays longest).
    ladder: [{ slot: 'hope', level: 1 }, { slot: 'pressure', level: 1 }, { slot: 'easier', level: 1 }, { slot: 'about', level: 1 }, { slot: 'restate', level: 1 }, { slot: 'about', level: 2 }],
    vars: {},
  });
}
