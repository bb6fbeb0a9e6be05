import { sendStep } from '../follow-ups';
import type { CoffeeChatDb } from './db';
import { putPeople } from './summaries';
import { InvalidInput } from './errors';
import { addEvent } from './history';
import type { Channel, Chat, CloseReason, OutreachEvent, Person, SentKind } from './schema';
import { SentKindSchema } from './schema';
import { applyStep, type Step, type StepPayload } from './steps';
import { displayName, stateOf, withState } from './state';
import { mustGet, write } from './tx';

type EventFields = Omit<OutreachEvent, 'id' | 'personId' | 'at' | 'before'>;

/** One step: check it against the state machine, write the new state and its event, atomically. */
async function step<S extends Step>(
  db: CoffeeChatDb, personId: string, s: S, payload: StepPayload<S>, at: number, event: EventFields,
  edit: (p: Person) => Person = (p) => p,
): Promise<Person> {
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const before = stateOf(p);
    const after = applyStep(before, s, payload, at, displayName(p));
    const next = edit({ ...withState(p, after), updatedAt: Math.max(p.updatedAt, at) });
    await putPeople(db, [next]);
    await addEvent(db, { personId: p.id, at, before, ...event });
    return next;
  });
}

// Every send step is a step the machine knows (lib/follow-ups.ts names them "send-<sent kind>").
const sendStepOf = (kind: SentKind) => sendStep(kind) satisfies Step;

export interface SentInput {
  channel: Channel;
  text: string;
  subject?: string;
  at: number;
  /** What the message was for; the first ask unless a follow-up. */
  kind?: SentKind;
}

/** The user sent a message from LinkedIn (or email). The draft, now sent, is cleared. */
export async function recordSent(db: CoffeeChatDb, personId: string, m: SentInput): Promise<Person> {
  const kind = m.kind ?? 'ask';
  if (!SentKindSchema.safeParse(kind).success) throw new InvalidInput(`Unknown kind of message: ${kind}.`);
  if (m.text.length > 10000 || (m.subject?.length ?? 0) > 500) throw new InvalidInput('This message is too long to record.');
  const event: EventFields = { type: 'sent', sentKind: kind, channel: m.channel, text: m.text, ...(m.subject !== undefined ? { subject: m.subject } : {}) };
  return step(db, personId, sendStepOf(kind), { channel: m.channel }, m.at, event, ({ draft: _sent, ...p }) => p);
}

/** An invitation sent without a note (ARCHITECTURE.md §3: when the note budget is spent). */
export function recordInvited(db: CoffeeChatDb, personId: string, m: { at: number }): Promise<Person> {
  return step(db, personId, 'invite', {}, m.at, { type: 'invited' });
}

export function recordAccepted(db: CoffeeChatDb, personId: string, m: { at: number }): Promise<Person> {
  return step(db, personId, 'accept', {}, m.at, { type: 'accepted' });
}

/** They replied; `note` is the user's summary of the reply, kept on the event. */
export async function recordReply(db: CoffeeChatDb, personId: string, m: { at: number; note?: string }): Promise<Person> {
  const note = m.note?.trim();
  if ((note?.length ?? 0) > 10000) throw new InvalidInput('This note is too long to record.');
  return step(db, personId, 'reply', {}, m.at, { type: 'replied', ...(note ? { text: note } : {}) });
}

/** Books (or rebooks) a chat. `at` is the chat's start; `now` is when the user booked it. */
export function scheduleChat(db: CoffeeChatDb, personId: string, chat: Chat, now: number): Promise<Person> {
  // Forms pass `theirTimeZone: undefined` when unknown; store the chat without empty keys.
  const clean = Object.fromEntries(Object.entries(chat).filter(([, v]) => v !== undefined)) as Chat;
  return step(db, personId, 'schedule', clean, now, { type: 'chat-scheduled', detail: { chat: clean } });
}

export function recordChatHeld(db: CoffeeChatDb, personId: string, m: { at: number; takeaways: string }): Promise<Person> {
  return step(db, personId, 'hold', { takeaways: m.takeaways }, m.at, { type: 'chat-held', detail: { takeaways: m.takeaways } });
}

export function startMentorship(db: CoffeeChatDb, personId: string, m: { cadenceDays: number; at: number }): Promise<Person> {
  return step(db, personId, 'mentor', { cadenceDays: m.cadenceDays }, m.at, { type: 'mentorship-started', detail: { cadenceDays: m.cadenceDays } });
}

export function close(db: CoffeeChatDb, personId: string, m: { reason: CloseReason; at: number }): Promise<Person> {
  return step(db, personId, 'close', { reason: m.reason }, m.at, { type: 'closed', detail: { reason: m.reason } });
}

export function reopen(db: CoffeeChatDb, personId: string, m: { at: number }): Promise<Person> {
  return step(db, personId, 'reopen', {}, m.at, { type: 'reopened' });
}
