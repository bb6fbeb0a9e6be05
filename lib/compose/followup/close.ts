import type { CloseReason, Stage } from '../../tracker/schema';
import { meParts, whoAmI } from '../ask';
import { pick } from '../hash';
import { goal, missingSkill, softLower } from '../people';
import type { Composed, FollowUpInput } from '../types';
import { chatTopic, context, finish, theirWork } from './common';

const MONTH = 30 * 24 * 60 * 60 * 1000;

/** "over the past year" from the first chat to now; vague when either is missing. */
function period(input: FollowUpInput): string {
  if (!input.chat || input.now === undefined) return 'over the past months';
  const months = (input.now - input.chat.at) / MONTH;
  return months >= 11 ? 'over the past year' : months >= 2 ? 'over the past few months' : 'over the past few weeks';
}

/** " about presenting forecasts…": the chat's topic, so a close needs no scrolling back; empty without a goal. */
function topicOf(input: FollowUpInput): string {
  const topic = chatTopic(input.me);
  return topic ? ` about ${topic}` : '';
}

/** "A last note from me: I'm Marta, a data analyst at Vistula Freight, and I wrote a little while ago asking for a short chat about …". */
function lastNote(input: FollowUpInput, topic: string): string {
  const who = whoAmI(meParts(input.me ?? {}), true, true);
  const asked = `I wrote a little while ago asking for a short chat${topic}`;
  return `A last note from me: ${who ? `${who}, and ${asked}` : asked}.`;
}

/** Each reason's wording, fullest first, then the shortest that still says it (for notes). */
function need(input: FollowUpInput): string {
  const skill = missingSkill(input.me);
  const g = goal(input.me?.shortTermGoal);
  if (skill) return `someone with deeper experience in ${softLower(skill)}`;
  return g && !g.vp ? `someone with deeper experience in ${g.text}` : 'someone whose experience is closer to my current goals';
}

/**
 * Where things stand, when the caller knows the stage (ARCHITECTURE.md §5, last row): before any chat there is
 * no guidance to thank them for, only their time and an open door; after one chat, their time and
 * advice; only a mentorship gets the guide's "mismatch" and "natural end" wording.
 */
type Phase = 'before-chat' | 'after-chat' | 'mentoring';
export type CloseInput = FollowUpInput & { stage?: Stage };

function phaseOf(input: CloseInput): Phase | null {
  const s = input.stage;
  if (s === undefined) return null;
  if (s === 'mentoring') return 'mentoring';
  if (s === 'held') return 'after-chat';
  // A chat held before the one now booked counts; a booked chat alone does not.
  return s === 'scheduled' && input.takeaways !== undefined ? 'after-chat' : 'before-chat';
}

function fitted(reason: CloseReason, phase: Phase): [string[], string[]] | null {
  if (phase === 'mentoring' || reason === 'no-reply' || reason === 'declined') return null;
  if (phase === 'before-chat') {
    return [[
      'Thank you for taking the time to get back to me; I really appreciate it.',
      reason === 'not-a-fit'
        ? "Since writing, I've realised that what I'm looking for right now is a different kind of help, so I'll step back from my request for now."
        : "Things have moved on since I wrote, so I'll step back from my request for now.",
      "I'd be glad to stay in touch, and if I can ever help with anything, just ask.",
    ], ['Thank you for taking the time to get back to me.', "I'd be glad to stay in touch.", "I'll step back from my request for now."]];
  }
  return reason === 'not-a-fit'
    // No lesson the user never gave, and no telling them their help missed (fu3 blind review): the topic, and an open door.
    ? [[
        'Thank you again for your time and for our conversation{topic}.',
        // Plain about what happens next (fu15 review: "I won't take more of your time on this for now" was vague).
        "I'll take it from here on my own for now, and I'm grateful you made room for it.",
        "I'd be glad to stay in touch, and if I can ever help with anything, just ask.",
      ], ['Thank you again for your time and our conversation.', "I'd be glad to stay in touch.", "I'll take it from here on my own for now."]]
    : [[
        'Thank you again for your time and for our conversation.',
        "Your advice gave me what I needed for now, and I'm already putting it to work.",
        "I'd be glad to stay in touch, and if I can ever help with anything, just ask.",
      ], ['Thank you again for your time and your advice.', "I'd be glad to stay in touch.", "I'm already putting your advice to work."]];
}

function wording(reason: CloseReason): [string[], string[]] {
  switch (reason) {
    case 'not-a-fit': // ARCHITECTURE.md §5: the mismatch wording
      return [[
        'Thank you so much for your initial guidance.',
        "You've helped me realise that what I actually need is {need}, and I'm so grateful for the clarity you've provided.",
        "I'd be glad to stay in touch as a professional friend.",
      ], ['Thank you for your guidance; it helped me see what I need next.', "I'd be glad to stay in touch.", "You've helped me see that I need {need}."]];
    case 'goals-met': // ARCHITECTURE.md §5: the natural-end wording
      return [[
        "I feel I've grown so much thanks to your guidance {period}.",
        "I've achieved the goals we set out, and I can't thank you enough.",
        "I'd love to stay in touch as I move into this next phase.",
      ], ["I've achieved the goals we set out, thanks to your guidance.", "I'd love to stay in touch."]];
    case 'declined':
      return [[
        'Thank you for letting me know; I completely understand.',
        'I appreciate you taking the time to reply, and I wish you all the best with {work}.',
        "If our paths cross again, I'd be glad to stay in touch.",
      ], ['Thank you for letting me know; I understand.', "I'd be glad to stay in touch."]];
    case 'no-reply':
      // Who is writing and what they asked, said again (weeks on, the name at the bottom alone doesn't say); the
      // check-in already said "I know how busy things get", so this note doesn't say it twice (fu2 review).
      return [[
        '{lastNote}',
        "I haven't heard back, which is completely fine, and I won't write again about it.",
        "I'd be glad to stay in touch, and all the best with {work}.",
      ], ["I haven't heard back, which is fine: I won't write again about my request.", 'All the best!']];
  }
}

/**
 * A graceful close (ARCHITECTURE.md §5), turning the relationship into a lasting professional friendship.
 * Without a reason it's the natural end ('goals-met'). ARCHITECTURE.md §5 sends nothing on 'no-reply': that
 * note exists only for a user who asks for one. With `stage`, the wording fits where things stand
 * (phaseOf); without it, the guide's wording for the reason, as before.
 */
export function close(input: CloseInput): Composed {
  const reason = input.closeReason ?? 'goals-met';
  const phase = phaseOf(input);
  const ctx = context(input, `close-${reason}`);
  const topic = topicOf(input);
  const fit = phase && fitted(reason, phase);
  const [full, short] = fit || wording(reason);
  // Never thanks for guidance that didn't happen (ARCHITECTURE.md §5): after no reply, not even for reading it;
  // "Thank you for everything" only after a mentorship (or the guide's own wording).
  const thanks = fit
    ? ''
    : reason === 'no-reply'
      ? ''
      : phase === 'before-chat'
        ? ''
        : pick(['Thank you again for everything.', 'Thank you again, truly.', 'Thank you for all of it.'], ctx.seed, 'thanks');
  return finish(ctx, {
    subject: reason === 'goals-met' && (phase === null || phase === 'mentoring') ? 'Thank you for your guidance' : 'Thank you',
    slots: [
      { id: 'a', para: 1, levels: [full[0] ?? '', short[0] ?? ''] },
      { id: 'b', para: 1, levels: [full[1] ?? '', short[2] ?? '', ''] },
      { id: 'c', para: 2, levels: [full[2] ?? '', short[1] ?? ''] },
      { id: 'thanks', para: 2, levels: [thanks, ''] },
    ],
    ladder: [{ slot: 'thanks', level: 1 }, { slot: 'c', level: 1 }, { slot: 'b', level: 1 }, { slot: 'b', level: 2 }, { slot: 'a', level: 1 }],
    vars: { need: need(input), about: topic && ` for a short chat${topic}`, topic, period: period(input), work: theirWork(input.profile), lastNote: lastNote(input, topic) },
  });
}
