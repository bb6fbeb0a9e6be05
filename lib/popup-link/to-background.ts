import { RESULT_MAX } from '../compose/limits';
import { DRAFT_KINDS } from '../follow-ups';
import { ProfileSchema } from '../linkedin/schema';
import { MeSchema, SettingsSchema } from '../settings/schema';
import { CommandSchema } from '../shared/commands';
import { ChannelSchema, CloseReasonSchema, SentKindSchema } from '../tracker/schema';
import { z } from '../zod';

/**
 * What the popup sends over the port, as the background checks it on arrival (serve.ts). Apart from
 * protocol.ts, which the popup imports, so these schemas (and every command's) stay out of its bundle.
 */
const Id = z.number().int().nonnegative();

/** What the popup watches; the background answers again whenever the result changes. */
export const LiveQuerySchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('person'), url: z.string() }),
  z.object({ name: z.literal('sent-note-times') }),
  z.object({ name: z.literal('due'), now: z.number(), settings: SettingsSchema }),
  // The count and the oldest few (lib/nudges/indexed.ts): what the popup shows.
  z.object({ name: z.literal('due-head'), now: z.number(), settings: SettingsSchema }),
  /** The step "Undo" would take back, so the button can name it. */
  z.object({ name: z.literal('last-step'), personId: z.string() }),
  /**
   * The coach's hints on the text being typed: the coach runs in the background, so its
   * phrase lists stay out of the popup's 80 KB. Pure: answered once per text.
   */
  z.object({
    name: z.literal('coach'),
    draft: z.object({ body: z.string().max(20_000), subject: z.string().max(2_000).optional() }),
    context: z.object({
      channel: ChannelSchema,
      tier: z.enum(['free', 'premium']).optional(),
      firstName: z.string().nullable().optional(),
      fullName: z.string().nullable().optional(),
      kind: SentKindSchema.optional(),
      sender: z.object({ name: z.string().optional(), role: z.string().optional(), organisation: z.string().optional() }).nullable().optional(),
    }),
  }),
  /**
   * The ask, composed where the composer lives: its code stays out of the popup's 80 KB, and the background
   * has it compiled and warm when the popup opens. Pure: answered once per input (lib/compose composeAsk).
   */
  z.object({
    name: z.literal('compose'),
    input: z.object({
      profile: ProfileSchema, me: MeSchema.partial(), channel: ChannelSchema, tier: z.enum(['free', 'premium']).optional(),
      hook: z.string().max(200).optional(), questions: z.array(z.string().max(2_000)).max(10).optional(), why: z.string().max(2_000).optional(),
      minutes: z.number().optional(), now: z.number().optional(), myTimeZone: z.string().max(100).optional(),
    }),
  }),
  /** The tracked person's one next step (lib/next-step), worked out where the rules live. */
  z.object({ name: z.literal('next-step'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string() }),
  /** A follow-up's ready draft, from the writers in the background: the popup keeps its budget. */
  z.object({
    name: z.literal('follow-up-draft'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string(),
    kind: z.enum(DRAFT_KINDS), channel: ChannelSchema, closeReason: CloseReasonSchema.optional(),
    /** What the user typed into the follow-up's own field (components/FollowUpField.tsx). */
    result: z.string().max(RESULT_MAX).optional(),
  }),
]);

/** The popup's writes are commands like the dashboard's (lib/shared/commands.ts), sent over the port. */
export const PopupStepSchema = CommandSchema;

export const ToBackgroundPortSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch'), id: Id, query: LiveQuerySchema }),
  z.object({ type: z.literal('unwatch'), id: Id }),
  z.object({ type: z.literal('step'), id: Id, step: PopupStepSchema }),
]);
