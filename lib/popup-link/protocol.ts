import { CommandSchema } from '../shared/commands';
import { SettingsSchema } from '../settings/schema';
import { DRAFT_KINDS } from '../follow-ups';
import { NextStepSchema } from '../next-step/types';
import { ChannelSchema, CloseReasonSchema, EVENT_TYPES, NudgeKindSchema, PersonSchema, SentKindSchema } from '../tracker/schema';
import { z } from '../zod';

/**
 * The popup's one line to the database. The background owns Dexie and runs the
 * popup's live queries and steps for it, so the popup stays within its
 * 80 KB budget without Dexie's 30 KB. Port `popup→background: tracker`.
 */
export const PORT_NAME = 'popup-tracker';

const Id = z.number().int().nonnegative();

/** What the popup watches; the background answers again whenever the result changes. */
export const LiveQuerySchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('person'), url: z.string() }),
  z.object({ name: z.literal('sent-note-times') }),
  z.object({ name: z.literal('due'), now: z.number(), settings: SettingsSchema }),
  /** The step "Undo" would take back, so the button can name it. */
  z.object({ name: z.literal('last-step'), personId: z.string() }),
  /**
   * The coach's hints on the text being typed (issue 11): the coach runs in the background, so its
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
  /** The tracked person's one next step (lib/next-step), worked out where the rules live (issue 12). */
  z.object({ name: z.literal('next-step'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string() }),
  /** A follow-up's ready draft, from the writers in the background: the popup keeps its budget. */
  z.object({
    name: z.literal('follow-up-draft'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string(),
    kind: z.enum(DRAFT_KINDS), channel: ChannelSchema, closeReason: CloseReasonSchema.optional(),
  }),
]);

/** One coach hint as the popup shows it (lib/coach/types.ts). */
export const HintSchema = z.object({
  rule: z.string(),
  severity: z.enum(['problem', 'suggestion']),
  message: z.string(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});

/** A step as the popup names it: "Ask sent (22 Nov)". */
export const StepSummarySchema = z.object({ type: z.enum(EVENT_TYPES), sentKind: SentKindSchema.optional(), at: z.number() });

/** The popup's writes are commands like the dashboard's (lib/shared/commands.ts), sent over the port. */
export const PopupStepSchema = CommandSchema;

export const ToBackgroundPortSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('watch'), id: Id, query: LiveQuerySchema }),
  z.object({ type: z.literal('unwatch'), id: Id }),
  z.object({ type: z.literal('step'), id: Id, step: PopupStepSchema }),
]);

export const ToPopupPortSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('value'), id: Id, value: z.unknown() }),
  z.object({ type: z.literal('error'), id: Id, message: z.string() }),
]);

/** A due follow-up as the popup lists it ("Due now"). */
export const DueItemSchema = z.object({ personId: z.string(), kind: NudgeKindSchema, dueAt: z.number(), reason: z.string(), title: z.string() });

/** Each answer is checked on arrival too: the popup trusts nothing it did not parse. */
export const QUERY_RESULTS = {
  person: PersonSchema.nullable(),
  'sent-note-times': z.array(z.number()),
  due: z.array(DueItemSchema),
  'last-step': StepSummarySchema.nullable(),
  coach: z.array(HintSchema),
  'next-step': NextStepSchema.nullable(),
  'follow-up-draft': z.object({ subject: z.string().optional(), body: z.string(), limit: z.number(), length: z.number() }).nullable(),
} satisfies Record<LiveQuery['name'], z.ZodType>;

/** What the popup's own steps answer; any other command's answer is passed on unread. */
export const STEP_RESULTS = {
  'mark-sent': PersonSchema,
  'mark-invited': PersonSchema,
  'keep-draft': PersonSchema,
  'mark-replied': PersonSchema,
  // The next step's (issue 12): a follow-up sent from its draft, an accepted invitation, a chat held.
  send: PersonSchema,
  accept: PersonSchema,
  hold: PersonSchema,
} satisfies Partial<Record<PopupStep['name'], z.ZodType>>;

export type LiveQuery = z.infer<typeof LiveQuerySchema>;
export type PopupStep = z.infer<typeof PopupStepSchema>;
export type ToBackgroundPort = z.infer<typeof ToBackgroundPortSchema>;
export type ToPopupPort = z.infer<typeof ToPopupPortSchema>;
export type DueItem = z.infer<typeof DueItemSchema>;
export type QueryResult<Q extends LiveQuery> = z.infer<(typeof QUERY_RESULTS)[Q['name']]>;
export type StepResult<S extends PopupStep> = S['name'] extends keyof typeof STEP_RESULTS ? z.infer<(typeof STEP_RESULTS)[S['name']]> : unknown;

/** The least a port needs, so both ends run in unit tests over an in-memory pair. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}
