import type { Profile } from '../linkedin/schema';
import { CadenceDaysSchema, ChannelSchema, CloseReasonSchema, NudgeKindSchema, SentKindSchema, TimeSchema, type Chat } from '../tracker/schema';
import { JournalOpSchema } from '../mentorship/ops';
import { z } from '../zod';

/**
 * Every write the popup and the dashboard ask of the background, by name: one list, one handler
 * (lib/background/commands.ts), so what follows a step happens in one place. Checked where it
 * arrives; the tracker checks the values again and answers in a sentence.
 */
const TextSchema = z.object({ channel: ChannelSchema, body: z.string().max(10000), subject: z.string().max(500).optional() });

/**
 * The read profile is checked by the tracker itself (people.ts), which says in a sentence
 * what is wrong ("This profile can't be saved: about …"); here it only has to be an object.
 */
const ProfileInput = z.custom<Profile>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected a profile');
const Person = { personId: z.string().max(2048) };
/** Every time a page sends is checked by the store's own schema (2000..2100, whole ms). */
const At = { at: TimeSchema };
const Tag = z.string().max(200);

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
  z.object({ name: z.literal('hold'), ...Person, ...At, takeaways: z.string().max(5000) }),
  // Starting (or re-pacing) a mentorship, with the setup's purpose and goals in the same write.
  z.object({ name: z.literal('mentor'), ...Person, ...At, cadenceDays: CadenceDaysSchema, ops: z.array(JournalOpSchema).max(20).optional() }),
  // The mentorship journal's edits (lib/mentorship/ops.ts), several in one write.
  z.object({ name: z.literal('journal'), ...Person, ...At, ops: z.array(JournalOpSchema).min(1).max(20) }),
  // The natural end: the close message recorded, the journal ended and the person closed, at once.
  z.object({ name: z.literal('end-mentorship'), ...Person, ...At, text: TextSchema }),
  z.object({ name: z.literal('close'), ...Person, ...At, reason: CloseReasonSchema }),
  // The tracker checks the chat (5–240 minutes, …) and says what is wrong in a sentence.
  z.object({ name: z.literal('schedule'), ...Person, ...At, chat: z.custom<Chat>((v) => typeof v === 'object' && v !== null, 'expected a chat') }),
  z.object({ name: z.literal('send'), ...Person, ...At, kind: SentKindSchema, text: TextSchema }),
  z.object({ name: z.literal('snooze'), ...Person, kind: NudgeKindSchema, until: TimeSchema }),
  z.object({ name: z.literal('dismiss'), ...Person, kind: NudgeKindSchema, about: TimeSchema.optional() }),
  // What the form changed, not the whole list: two pages editing one person's tags both keep theirs.
  z.object({ name: z.literal('edit-tags'), ...Person, ...At, add: z.array(Tag).max(60), remove: z.array(Tag).max(60) }),
  z.object({ name: z.literal('add-note'), ...Person, ...At, text: z.string().max(10000) }),
  z.object({ name: z.literal('delete-person'), ...Person, ...At }),
  /** Puts back a person deleted a moment ago (the "Undo" toast), from the tracker's bin. */
  z.object({ name: z.literal('restore-person'), ...Person, ...At }),
  z.object({ name: z.literal('delete-everything') }),
  /** `without`: import the file without the records its preview listed as problems; else a file with any is refused whole. */
  z.object({ name: z.literal('import'), file: z.string(), without: z.boolean().default(false) }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandName = Command['name'];

/** The answer to a command sent as a runtime message (the dashboard's path; the popup's port has its own). */
export const CommandReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type CommandReply = z.infer<typeof CommandReplySchema>;
