import type { Profile } from '../linkedin/schema';
import { SettingsSchema } from '../settings/schema';
import { NextStepSchema } from '../next-step/types';
import { ChannelSchema, CloseReasonSchema, EVENT_TYPES, NudgeKindSchema, PersonSchema, SentKindSchema } from '../tracker/schema';
import { z } from '../zod';

/**
 * The popup's one line to the database. The background owns Dexie and runs the
 * popup's live queries and steps for it, so the popup stays within issue 4's
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
  /** The tracked person's one next step (lib/next-step), worked out where the rules live (issue 12). */
  z.object({ name: z.literal('next-step'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string() }),
  /** A follow-up's ready draft, from the writers in the background: the popup keeps its budget. */
  z.object({
    name: z.literal('follow-up-draft'), personId: z.string(), now: z.number(), settings: SettingsSchema, zone: z.string(),
    kind: z.enum(['send-ask', 'check-in', 'agenda', 'thank-you', 'report-back', 'cadence', 'close']), channel: ChannelSchema, closeReason: CloseReasonSchema.optional(),
  }),
]);

/** A step as the popup names it: "Ask sent (22 Nov)". */
export const StepSummarySchema = z.object({ type: z.enum(EVENT_TYPES), sentKind: SentKindSchema.optional(), at: z.number() });

const TextSchema = z.object({ channel: ChannelSchema, body: z.string(), subject: z.string().optional() });

/**
 * The read profile is checked by the tracker itself (people.ts), which says in a sentence
 * what is wrong ("This profile can't be saved: about …"); here it only has to be an object.
 */
const ProfileInput = z.custom<Profile>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected a profile');

/** The writes the popup may ask for: each meets the person by URL first, as the tracker does. */
export const PopupStepSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('mark-sent'), profile: ProfileInput, text: TextSchema, at: z.number() }),
  z.object({ name: z.literal('mark-invited'), profile: ProfileInput, at: z.number() }),
  z.object({ name: z.literal('keep-draft'), profile: ProfileInput, text: TextSchema, at: z.number() }),
  z.object({ name: z.literal('mark-replied'), personId: z.string(), at: z.number() }),
  /** A follow-up the next step drafted (issue 12): Mark as sent records the step the draft is for. */
  z.object({ name: z.literal('mark-follow-up-sent'), personId: z.string(), kind: SentKindSchema, text: TextSchema, at: z.number() }),
  z.object({ name: z.literal('mark-accepted'), personId: z.string(), at: z.number() }),
  z.object({ name: z.literal('mark-held'), personId: z.string(), takeaways: z.string().max(5000), at: z.number() }),
  z.object({ name: z.literal('undo'), personId: z.string() }),
]);

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
  'next-step': NextStepSchema.nullable(),
  'follow-up-draft': z.object({ subject: z.string().optional(), body: z.string(), limit: z.number(), length: z.number() }).nullable(),
} satisfies Record<LiveQuery['name'], z.ZodType>;

export const STEP_RESULTS = {
  'mark-sent': PersonSchema,
  'mark-invited': PersonSchema,
  'keep-draft': PersonSchema,
  'mark-replied': PersonSchema,
  'mark-follow-up-sent': PersonSchema,
  'mark-accepted': PersonSchema,
  'mark-held': PersonSchema,
  undo: z.unknown(),
} satisfies Record<PopupStep['name'], z.ZodType>;

export type LiveQuery = z.infer<typeof LiveQuerySchema>;
export type PopupStep = z.infer<typeof PopupStepSchema>;
export type ToBackgroundPort = z.infer<typeof ToBackgroundPortSchema>;
export type ToPopupPort = z.infer<typeof ToPopupPortSchema>;
export type DueItem = z.infer<typeof DueItemSchema>;
export type QueryResult<Q extends LiveQuery> = z.infer<(typeof QUERY_RESULTS)[Q['name']]>;
export type StepResult<S extends PopupStep> = z.infer<(typeof STEP_RESULTS)[S['name']]>;

/** The least a port needs, so both ends run in unit tests over an in-memory pair. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}
