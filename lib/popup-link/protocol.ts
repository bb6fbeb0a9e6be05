import { ComposedAskSchema } from '../compose/composed-schema';
import { NextStepSchema } from '../next-step/types';
import { EVENT_TYPES, NudgeKindSchema, PersonSchema, SentKindSchema } from '../tracker/schema';
import { z } from '../zod';
// Types only: what the background checks stays out of the popup's bundle (its 80 KB).
import type { LiveQuerySchema, PopupStepSchema, ToBackgroundPortSchema } from './to-background';

/**
 * The popup's one line to the database. The background owns Dexie and runs the
 * popup's live queries and steps for it, so the popup stays within its
 * 80 KB budget without Dexie's 30 KB. Port `popup→background: tracker`.
 */
export const PORT_NAME = 'popup-tracker';

const Id = z.number().int().nonnegative();

/** One coach hint as the popup shows it (lib/coach/types.ts). */
export const HintSchema = z.object({
  rule: z.string(),
  severity: z.enum(['problem', 'suggestion']),
  message: z.string(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});

/** A step as the popup names it: "Ask sent (22 Nov)". */
export const StepSummarySchema = z.object({ type: z.enum(EVENT_TYPES), sentKind: SentKindSchema.optional(), at: z.number() });

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
  'due-head': z.object({ count: z.number(), items: z.array(DueItemSchema) }),
  'last-step': StepSummarySchema.nullable(),
  coach: z.array(HintSchema),
  compose: ComposedAskSchema,
  'next-step': NextStepSchema.nullable(),
  'follow-up-draft': z.object({ subject: z.string().optional(), body: z.string(), limit: z.number(), length: z.number() }).nullable(),
} satisfies Record<LiveQuery['name'], z.ZodType>;

/** What the popup's own steps answer; any other command's answer is passed on unread. */
export const STEP_RESULTS = {
  'mark-sent': PersonSchema,
  'mark-invited': PersonSchema,
  'keep-draft': PersonSchema,
  'mark-replied': PersonSchema,
  // The next step's: a follow-up sent from its draft, an accepted invitation, a chat held.
  send: PersonSchema,
  accept: PersonSchema,
  hold: PersonSchema,
} satisfies Partial<Record<PopupStep['name'], z.ZodType>>;

export type LiveQuery = z.infer<typeof LiveQuerySchema>;
export type PopupStep = z.infer<typeof PopupStepSchema>;
export type ToBackgroundPort = z.infer<typeof ToBackgroundPortSchema>;
export type ToPopupPort = z.infer<typeof ToPopupPortSchema>;
export type DueItem = z.infer<typeof DueItemSchema>;
/** How many are due, and the oldest few of them. */
export type DueSet = { count: number; items: DueItem[] };
export type QueryResult<Q extends LiveQuery> = z.infer<(typeof QUERY_RESULTS)[Q['name']]>;
export type StepResult<S extends PopupStep> = S['name'] extends keyof typeof STEP_RESULTS ? z.infer<(typeof STEP_RESULTS)[S['name']]> : unknown;

/** The least a port needs, so both ends run in unit tests over an in-memory pair. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}
