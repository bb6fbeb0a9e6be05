import { z } from '../zod';
import { InvalidInput, StepRefused } from './errors';
import { refusalReason, STEP_ACTIONS } from './refusals';
import { CadenceDaysSchema, ChannelSchema, ChatSchema, CloseReasonSchema, PersonStateSchema, STAGES, type PersonState, type Stage } from './schema';
import { isTime } from '../time-schema';
import { thankYouOwed } from './state';

/**
 * The tracker's state machine (pure). Each step names the stages it is allowed from and
 * what it changes. Decisions, beyond the issue's list:
 * - "accept" keeps the stage "invited" and sets acceptedAt; the ask may be sent from "invited"
 *   before or after acceptance (InMail and email don't need a connection).
 * - Follow-up sends keep the stage: check-in (sent), agenda (scheduled), thank-you and
 *   report-back (held, mentoring), cadence (mentoring), closing message (after a reply).
 * - A chat may be scheduled again after one was held, and during a mentorship; a chat held
 *   while a mentorship runs returns to "mentoring".
 * - Booking the next chat doesn't thank them for the last one: while the thank-you for a held chat
 *   is owed, it may still be marked sent from "scheduled" (ARCHITECTURE.md §5 "chat held"). The report-back
 *   is not offered there: the booked chat is where they hear how the advice went.
 * - "mentor" from "mentoring" changes the cadence and keeps the start date.
 * - Any open stage may close; reopen returns to the stage the close came from.
 */
export const STEPS = [
  'invite', 'accept', 'send-ask', 'send-check-in', 'reply', 'schedule', 'send-agenda', 'hold',
  'send-thank-you', 'send-report-back', 'mentor', 'send-cadence', 'send-close', 'close', 'reopen',
] as const;
export const StepSchema = z.enum(STEPS);
export type Step = z.infer<typeof StepSchema>;

const open = STAGES.filter((s) => s !== 'closed');
const Send = z.object({ channel: ChannelSchema });
const None = z.object({});


interface StepRule {
  from: readonly Stage[];
  /** Stages in `from` that allow the step only in some states. */
  when?: Partial<Record<Stage, (s: PersonState) => boolean>>;
  payload: z.ZodType;
}

export const STEP_RULES = {
  invite: { from: ['drafted'], payload: None },
  accept: { from: ['invited'], payload: None },
  'send-ask': { from: ['drafted', 'invited'], payload: Send },
  'send-check-in': { from: ['sent'], payload: Send },
  reply: { from: ['sent'], payload: None },
  schedule: { from: ['replied', 'scheduled', 'held', 'mentoring'], payload: ChatSchema },
  'send-agenda': { from: ['scheduled'], payload: Send },
  hold: { from: ['scheduled', 'mentoring'], payload: z.object({ takeaways: z.string().max(5000) }) },
  'send-thank-you': { from: ['held', 'mentoring', 'scheduled'], when: { scheduled: thankYouOwed }, payload: Send },
  'send-report-back': { from: ['held', 'mentoring'], payload: Send },
  // From a reply too: some mentors say yes to an ongoing mentorship in their answer.
  mentor: { from: ['replied', 'held', 'mentoring'], payload: z.object({ cadenceDays: CadenceDaysSchema }) },
  'send-cadence': { from: ['mentoring'], payload: Send },
  'send-close': { from: ['replied', 'scheduled', 'held', 'mentoring'], payload: Send },
  close: { from: open, payload: z.object({ reason: CloseReasonSchema }) },
  reopen: { from: ['closed'], payload: None },
} satisfies Record<Step, StepRule>;

export type StepPayload<S extends Step> = z.input<(typeof STEP_RULES)[S]['payload']>;

/** Whether the stage allows the step in some state (refusal() also checks the state). */
export function canStep(stage: Stage, step: Step): boolean {
  return (STEP_RULES[step].from as readonly Stage[]).includes(stage);
}

/** Whether the state allows the step: its stage does, and the stage's extra condition, if any, holds. */
function allows(state: PersonState, step: Step): boolean {
  const rule: StepRule = STEP_RULES[step];
  return canStep(state.stage, step) && (rule.when?.[state.stage]?.(state) ?? true);
}

/** Whether the step is allowed now: what refusal() says null to, without writing out why not. */
const allowedNow = (state: PersonState, step: Step): boolean => allows(state, step) && !(step === 'accept' && state.acceptedAt !== undefined);

/** The steps a person's state allows now, including the checks beyond the stage. */
export function allowedSteps(state: PersonState): Step[] {
  // The list asks this for each of 50 rows per keystroke: no refusal sentence is built for the steps left out.
  return STEPS.filter((s) => allowedNow(state, s));
}

/** Why a step is refused, as a sentence, or null when it is allowed. */
export function refusal(state: PersonState, step: Step, who = 'this person'): string | null {
  if (allowedNow(state, step)) return null;
  return `Can't ${STEP_ACTIONS[step]}: ${refusalReason(state, step, who, STEP_RULES[step].from)}.`;
}

/** The stage a reopen returns to when the close didn't record one (older or imported data). */
export function impliedStage(s: PersonState): Exclude<Stage, 'closed'> {
  if (s.mentorship) return 'mentoring';
  if (s.heldAt !== undefined) return 'held';
  if (s.chat) return 'scheduled';
  if (s.repliedAt !== undefined) return 'replied';
  if (s.sentAt !== undefined) return 'sent';
  if (s.invitedAt !== undefined) return 'invited';
  return 'drafted';
}

type Changes = (s: PersonState, p: Record<string, unknown>, at: number) => Partial<PersonState> & { stage?: Stage };
const CHANGES: Record<Step, Changes> = {
  invite: (_s, _p, at) => ({ stage: 'invited', invitedAt: at }),
  accept: (_s, _p, at) => ({ acceptedAt: at }),
  'send-ask': (_s, p, at) => ({ stage: 'sent', sentAt: at, askChannel: p.channel as PersonState['askChannel'] }),
  'send-check-in': (s, _p, at) => ({ checkInsSent: s.checkInsSent + 1, lastCheckInAt: at }),
  reply: (_s, _p, at) => ({ stage: 'replied', repliedAt: at }),
  schedule: (_s, p) => ({ stage: 'scheduled', chat: p as PersonState['chat'] }),
  'send-agenda': (_s, _p, at) => ({ agendaSentAt: at }),
  hold: (s, p, at) => ({
    stage: s.mentorship ? 'mentoring' : 'held',
    heldAt: at,
    takeaways: p.takeaways as string,
    ...(s.mentorship ? { mentorship: { ...s.mentorship, lastContactAt: at } } : {}),
  }),
  'send-thank-you': (_s, _p, at) => ({ thankYouAt: at }),
  'send-report-back': (_s, _p, at) => ({ reportBackAt: at }),
  mentor: (s, p, at) => ({
    stage: 'mentoring',
    mentorship: { cadenceDays: p.cadenceDays as number, startedAt: s.mentorship?.startedAt ?? at, lastContactAt: s.mentorship?.lastContactAt ?? at },
  }),
  'send-cadence': (s, _p, at) => ({ mentorship: s.mentorship && { ...s.mentorship, lastContactAt: at } }),
  'send-close': () => ({}),
  close: (s, p, at) => ({ stage: 'closed', closedAt: at, closedReason: p.reason as PersonState['closedReason'], closedFrom: s.stage as Exclude<Stage, 'closed'> }),
  reopen: (s) => ({ stage: s.closedFrom ?? impliedStage(s), closedAt: undefined, closedReason: undefined, closedFrom: undefined }),
};

/**
 * The state after a step, or StepRefused with a sentence naming the person (`who`).
 * lastStepAt never goes backwards, so a back-dated step still revives dismissed nudges.
 */
export function applyStep<S extends Step>(state: PersonState, step: S, payload: StepPayload<S>, at: number, who?: string): PersonState {
  if (!isTime(at)) throw new InvalidInput(`Can't ${STEP_ACTIONS[step]}: the time is not a date between 2000 and 2100.`);
  const why = refusal(state, step, who);
  if (why) throw new StepRefused(step, state.stage, why);
  const parsed = STEP_RULES[step].payload.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InvalidInput(`Can't ${STEP_ACTIONS[step]}: ${first?.path.join('.') || 'input'} ${first?.message ?? 'is invalid'}.`);
  }
  const next: Record<string, unknown> = { ...state, ...CHANGES[step](state, parsed.data as Record<string, unknown>, at) };
  next.lastStepAt = Math.max(state.lastStepAt, at);
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return PersonStateSchema.parse(next);
}
