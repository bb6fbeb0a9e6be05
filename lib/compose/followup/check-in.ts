import { pick } from '../hash';
import type { Composed, FollowUpInput } from '../types';
import { context, finish } from './common';

/**
 * The gentle check-in after a week without a reply (ARCHITECTURE.md §5): "no pressure at all", "I know how busy things get", and the ask restated in one line.
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
    "I know how busy things get, so no pressure at all, but I'd love to connect when you have a moment.",
    "No pressure at all: I know how busy things get, and I'd be glad to connect whenever you have a moment.",
    "I know how busy things get, so no pressure at all; I'd be happy to connect whenever it suits you.",
  ], ctx.seed, 'pressure');
  return finish(ctx, {
    subject: `Following up: a ${ctx.minutes}-minute virtual coffee chat`,
    slots: [
      { id: 'hope', para: 1, levels: [hope, ''] },
      { id: 'restate', para: 1, levels: [restate, 'Following up on my {minutes}-minute coffee chat request.'] },
      { id: 'pressure', para: 2, levels: [pressure, 'I know how busy things get, so no pressure at all.'] },
    ],
    ladder: [{ slot: 'hope', level: 1 }, { slot: 'pressure', level: 1 }, { slot: 'restate', level: 1 }],
    vars: {},
  });
}
