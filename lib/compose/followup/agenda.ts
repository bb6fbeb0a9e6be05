import { dateFormat } from '../../date-format';
import type { Chat } from '../../tracker/schema';
import { pick } from '../hash';
import { isTimeZone, zoneCity } from '../timezone';
import type { Composed, FollowUpInput } from '../types';
import { chatTopic, context, finish, questionLevels } from './common';

const TIME: Intl.DateTimeFormatOptions = { day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const longTime = dateFormat('en-GB', { ...TIME, weekday: 'long', month: 'long' });
const shortTime = dateFormat('en-GB', { ...TIME, weekday: 'short', month: 'short' });

/**
 * "Wednesday 14 May at 15:00 your time": the chat in THEIR zone when known (ARCHITECTURE.md §5: the invite is
 * in their time zone), else in the zone it was booked in, named.
 */
export function chatTime(chat: Chat, theirZone: string | null, short = false): string {
  const zone = theirZone ?? (isTimeZone(chat.timeZone) ? chat.timeZone : 'UTC');
  const fmt = (short ? shortTime : longTime)(zone);
  const p = Object.fromEntries(fmt.formatToParts(chat.at).map((x) => [x.type, x.value]));
  const label = theirZone ? 'your time' : `${zoneCity(zone)} time`;
  return `${p.weekday} ${p.day} ${p.month}${short ? ',' : ' at'} ${p.hour}:${p.minute} ${label}`;
}

/** The agenda, 24 hours before (ARCHITECTURE.md §5): the user's two or three questions as bullets. */
export function agenda(input: FollowUpInput): Composed {
  const ctx = context(input, 'agenda');
  const chat = input.chat;
  const when = chat ? chatTime(chat, ctx.theirZone) : '';
  const whenShort = chat ? chatTime(chat, ctx.theirZone, true) : '';
  // What the chat is about, so they needn't scroll back to the ask (a review: "no reminder of the goal").
  const ger = chatTopic(input.me);
  const thanks = when && ger
    ? pick(['Thank you again for making time for our chat on {when}, about {ger}.', 'I am looking forward to our chat on {when}, about {ger}.'], ctx.seed, 'thanks')
    : when
    ? pick(['Thank you again for making time for our chat on {when}.', 'I am looking forward to our chat on {when}.'], ctx.seed, 'thanks')
    : pick(['Thank you again for making time for our upcoming chat.', 'I am looking forward to our upcoming chat.'], ctx.seed, 'thanks');
  const intro = ctx.note ? 'My questions:' : pick(["Here are the questions I'd like to cover:", 'To make good use of your time, these are the questions I have:'], ctx.seed, 'intro');
  const q = questionLevels(ctx, intro);
  return finish(ctx, {
    subject: whenShort ? `Agenda for our chat on ${whenShort}` : 'Agenda for our upcoming chat',
    slots: [
      { id: 'thanks', para: 1, levels: [thanks, ...(ger && when ? [pick(['Thank you again for making time for our chat on {when}.', 'I am looking forward to our chat on {when}.'], ctx.seed, 'thanks')] : []), when ? 'Looking forward to our chat on {whenShort}.' : 'Looking forward to our chat.'] },
      { id: 'questions', para: 2, levels: [...q.levels, "I'll bring two or three short questions."] },
      { id: 'close', para: 3, levels: ["I'll keep to our {minutes} minutes. See you then!", 'See you then!'] },
    ],
    ladder: [
      { slot: 'close', level: 1 }, { slot: 'thanks', level: 1 }, ...(ger && when ? [{ slot: 'thanks', level: 2 }] : []),
      ...q.levels.slice(1).map((_, i) => ({ slot: 'questions', level: i + 1 })),
      { slot: 'questions', level: q.levels.length },
    ],
    vars: { ...q.vars, when, whenShort, ger },
  });
}
