import type { Profile } from '../linkedin/schema';
import { ChannelSchema, CloseReasonSchema, NudgeKindSchema, SentKindSchema, type Chat } from '../tracker/schema';
import { JournalOpSchema } from '../mentorship/ops';
import { z } from '../zod';

/**
 * Every write the popup and the dashboard ask of the background, by name: one list, one handler
 * (lib/background/commands.ts), so what follows a step happens in one place. Checked where it
 * arrives; the tracker checks the values again and answers in a sentence.
 */
const TextSchema = z.object({ channel: ChannelSchema, body: z.string(), subject: z.string().optional() });

/**
 * The read profile is checked by the tracker itself (people.ts), which says in a sentence
 * what is wrong ("This profile can't be saved: about …"); here it only has to be an object.
 */
const ProfileInput = z.custom<Profile>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected a profile');
const Person = { personId: z.string() };
const At = { at: z.number() };

export const CommandSchema = z.discriminatedUnion('name', [
  // The popup's: each meets the person by URL first, as the tracker does.
  z.object({ name: z.literal('mark-sent'), profile: ProfileInput, text: TextSchema, ...At }),
  z.object({ name: z.literal('mark-invited'), profile: ProfileInput, ...At }),
  z.object({ name: z.literal('keep-draft'), profile: ProfileInput, text: TextSchema, ...At }),
  z.object({ name: z.literal('mark-replied'), ...Person, ...At }),
  z.object({ name: z.literal('undo'), ...Person }),
  // The dashboard's: a person already tracked.
  z.object({ name: z.literal('invite'), ...Person, ...At }),
  z.object({ name: z.literal('accept'), ...Person, ...At }),
  z.object({ name: z.literal('reopen'), ...Person, ...At }),
  z.object({ name: z.literal('hold'), ...Person, ...At, takeaways: z.string() }),
  // Starting (or re-pacing) a mentorship, with the setup's purpose and goals in the same write.
  z.object({ name: z.literal('mentor'), ...Person, ...At, cadenceDays: z.number(), ops: z.array(JournalOpSchema).max(20).optional() }),
  // The mentorship journal's edits (lib/mentorship/ops.ts), several in one write.
  z.object({ name: z.literal('journal'), ...Person, ...At, ops: z.array(JournalOpSchema).min(1).max(20) }),
  // The natural end: the close message recorded, the journal ended and the person closed, at once.
  z.object({ name: z.literal('end-mentorship'), ...Person, ...At, text: TextSchema }),
  z.object({ name: z.literal('close'), ...Person, ...At, reason: CloseReasonSchema }),
  // The tracker checks the chat (5–240 minutes, …) and says what is wrong in a sentence.
  z.object({ name: z.literal('schedule'), ...Person, ...At, chat: z.custom<Chat>((v) => typeof v === 'object' && v !== null, 'expected a chat') }),
  z.object({ name: z.literal('send'), ...Person, ...At, kind: SentKindSchema, text: TextSchema }),
  z.object({ name: z.literal('snooze'), ...Person, kind: NudgeKindSchema, until: z.number() }),
  z.object({ name: z.literal('dismiss'), ...Person, kind: NudgeKindSchema, about: z.number().optional() }),
  z.object({ name: z.literal('set-tags'), ...Person, ...At, tags: z.array(z.string()) }),
  z.object({ name: z.literal('add-note'), ...Person, ...At, text: z.string() }),
  z.object({ name: z.literal('delete-person'), ...Person }),
  z.object({ name: z.literal('delete-everything') }),
  z.object({ name: z.literal('import'), file: z.string() }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandName = Command['name'];

/** The answer to a command sent as a runtime message (the dashboard's path; the popup's port has its own). */
export const CommandReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type CommandReply = z.infer<typeof CommandReplySchema>;
