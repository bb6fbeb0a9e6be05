/**
 * Every kind of follow-up, one row each: the one table the nudge kinds, the sent kinds, the send
 * steps, the drafts and their titles are derived from (docs/ARCHITECTURE.md, "Glossary").
 * Rows are in nudge priority: when two nudges are due for one person, only the first row's shows.
 * Time-boxed ones lead (the agenda is useless once the chat starts; whether a past chat happened
 * decides the thank-you; the thank-you belongs within 24 hours), then the accepted invitation
 * (fresh), then closing out over checking in, and the slow ones last (a mentorship's step and
 * review before the cadence).
 *
 * A new kind is one row here, placed by priority. Then the compiler asks for the rest, each in an
 * exhaustive record keyed by kind: its rule in lib/nudges/rules/index.ts (when `nudge`), its
 * draft writer in lib/compose (when `draft`), and a line in mayNudge (lib/tracker/summaries.ts),
 * which tests/unit/nudges/live.test.ts checks against every rule.
 *
 * A leaf module, no imports: the tracker's schema, the rules and the UI all read it.
 */
export const FOLLOW_UPS = [
  { kind: 'agenda', nudge: 'Send {name} an agenda?', sent: 'agenda', draft: 'The agenda for your chat', sentTitle: 'Agenda sent' },
  // Whether a booked chat whose time passed happened: nothing to send, the user marks it held
  // (with takeaways, which feed the thank-you) or reschedules it; so it decides the thank-you.
  { kind: 'chat-happened', nudge: 'Did your chat with {name} happen?', sent: null, draft: null, sentTitle: null },
  { kind: 'thank-you', nudge: 'Thank {name} for the chat?', sent: 'thank-you', draft: 'Say thank you', sentTitle: 'Thank-you sent' },
  { kind: 'send-ask', nudge: 'Send {name} your ask?', sent: 'ask', draft: 'Send the ask', sentTitle: 'Ask sent' },
  // Closing out an unanswered ask: nothing to send, the user decides (step "close", reason no-reply).
  { kind: 'close-out', nudge: 'Close your ask to {name}?', sent: null, draft: null, sentTitle: null },
  { kind: 'check-in', nudge: 'Check in with {name}?', sent: 'check-in', draft: 'A gentle check-in', sentTitle: 'Check-in sent' },
  { kind: 'report-back', nudge: 'Report back to {name}?', sent: 'report-back', draft: 'Report back', sentTitle: 'Report-back sent' },
  // A mentorship journal's step past its date, and its periodic review: nothing to send, they open the
  // journal; before the cadence, whose agenda brings both up anyway.
  { kind: 'step-due', nudge: 'Check on a step from your mentorship with {name}?', sent: null, draft: null, sentTitle: null },
  { kind: 'review', nudge: 'Review your mentorship with {name}?', sent: null, draft: null, sentTitle: null },
  { kind: 'cadence', nudge: 'Catch up with {name}?', sent: 'cadence', draft: 'Mentoring check-in', sentTitle: 'Mentoring check-in sent' },
  // The closing message after a reply ("close gracefully"); never nudged.
  { kind: 'close', nudge: null, sent: 'close', draft: 'Close gracefully', sentTitle: 'Closing message sent' },
] as const;

type Row = (typeof FOLLOW_UPS)[number];
export type FollowUpKind = Row['kind'];
/** A follow-up the background can nudge about (a nudge kind). */
export type NudgeKind = Extract<Row, { nudge: string }>['kind'];
/** What a sent message was for (a sent kind): the first ask, or a follow-up. */
export type SentKind = Extract<Row, { sent: string }>['sent'];
/** A follow-up the app writes a draft for. */
export type DraftKind = Extract<Row, { draft: string }>['kind'];
/** The step that marks a message of that kind sent: always "send-" and the sent kind. */
export type SendStep = `send-${SentKind}`;

const kinds = <K extends string>(pick: (r: Row) => K | null): K[] => FOLLOW_UPS.flatMap((r) => { const k = pick(r); return k === null ? [] : [k]; });

/** In priority order (most relevant first). */
export const NUDGE_KINDS = kinds((r) => (r.nudge !== null ? r.kind : null)) as unknown as readonly [NudgeKind, ...NudgeKind[]];
export const SENT_KINDS = kinds((r) => r.sent) as unknown as readonly [SentKind, ...SentKind[]];
export const DRAFT_KINDS = kinds((r) => (r.draft !== null ? r.kind : null)) as unknown as readonly [DraftKind, ...DraftKind[]];

const row = (kind: string): Row | undefined => FOLLOW_UPS.find((r) => r.kind === kind);

export const sendStep = (sent: SentKind): SendStep => `send-${sent}`;
/** The sent kind a draft records when marked sent. */
export const sentKindOf = (draft: DraftKind): SentKind => row(draft)!.sent as SentKind;
/** The draft a send step is for. */
export const draftForStep = (step: string): DraftKind | null => {
  const r = FOLLOW_UPS.find((x) => x.sent !== null && sendStep(x.sent) === step);
  return r && r.draft !== null ? (r.kind as DraftKind) : null;
};
export const isDraftKind = (k: string | undefined): k is DraftKind => k !== undefined && row(k)?.draft != null;
export const draftTitle = (k: DraftKind): string => row(k)!.draft!;
/** "Check in with Marisol?": a question, not an order; nothing is sent automatically. */
export const nudgeTitle = (k: NudgeKind, name: string): string => row(k)!.nudge!.replace('{name}', name);
/** "Check-in sent": how the timeline names a sent message. */
export const sentTitle = (k: SentKind): string => FOLLOW_UPS.find((r) => r.sent === k)!.sentTitle!;
/** A nudge with nothing to send opens the person to decide ("Review"), not a draft. */
export const hasDraft = (k: string): boolean => row(k)?.draft != null;
