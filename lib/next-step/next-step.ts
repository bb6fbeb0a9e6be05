import { dateFormat } from '../date-format';
import { dueNudges } from '../nudges/engine';
import { RULES } from '../nudges/rules';
import { ago } from '../nudges/types';
import type { Settings } from '../settings/schema';
import { allowedSteps, type Step } from '../tracker/steps';
import { displayName, thankYouOwed } from '../tracker/state';
import type { NudgeKind, Person } from '../tracker/schema';
import { askStep } from './ask-step';
import { closeReasonFor } from './close-reason';
import { SENT_KIND, type DraftKind, type NextKind, type NextStep, type StepAction } from './types';

const MINUTE = 60_000;

// The formatter is kept (date-format.ts): the list works out 50 next steps per keystroke. An unknown zone reads as UTC.
const dayFormats = dateFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
function dayFormat(zone: string): Intl.DateTimeFormat {
  try {
    return dayFormats(zone);
  } catch {
    return dayFormat('UTC');
  }
}

/** "Tue 3 Mar" in the user's zone. */
function day(ms: number, zone: string): string {
  return dayFormat(zone).format(ms);
}

const ACTION_STEP: Record<StepAction, Step> = {
  accept: 'accept', reply: 'reply', schedule: 'schedule', hold: 'hold', mentor: 'mentor', close: 'close', reopen: 'reopen',
};
const DRAFT_STEP: Record<Exclude<DraftKind, 'ask'>, Step> = {
  'send-ask': 'send-ask', 'check-in': 'send-check-in', agenda: 'send-agenda', 'thank-you': 'send-thank-you',
  'report-back': 'send-report-back', cadence: 'send-cadence', close: 'send-close',
};
const NUDGE_DRAFT: Partial<Record<NudgeKind, DraftKind>> = {
  'send-ask': 'send-ask', 'check-in': 'check-in', agenda: 'agenda', 'thank-you': 'thank-you', 'report-back': 'report-back', cadence: 'cadence',
};

/** The steps this person's stage offers, beyond what the state machine alone allows. */
function offered(p: Person, now: number): { actions: StepAction[]; drafts: DraftKind[] } {
  // The person as their own state: allowedSteps only reads it, so no copy (stateOf clones every field).
  const steps = new Set(allowedSteps(p));
  // Held only once the booked chat has started (and wasn't marked held already).
  const chatPassed = p.chat !== undefined && now >= p.chat.at && (p.heldAt === undefined || p.heldAt < p.chat.at);
  const actions = (Object.keys(ACTION_STEP) as StepAction[]).filter((a) => {
    if (!steps.has(ACTION_STEP[a])) return false;
    // A mentorship runs: it isn't started again, and a chat is held only once one is booked.
    if (p.stage === 'mentoring' && (a === 'mentor' || a === 'hold')) return false;
    if (a === 'hold') return chatPassed;
    return true;
  });
  const drafts = (Object.keys(DRAFT_STEP) as Exclude<DraftKind, 'ask'>[]).filter((d) => {
    if (!steps.has(DRAFT_STEP[d])) return false;
    if (d === 'thank-you') return thankYouOwed(p);
    if (d === 'report-back') return p.stage === 'held' && p.thankYouAt !== undefined && (p.reportBackAt === undefined || p.reportBackAt < p.thankYouAt);
    if (d === 'send-ask') return p.stage === 'invited';
    // The agenda is for a chat ahead that hasn't had one yet.
    if (d === 'agenda') return p.chat !== undefined && now < p.chat.at && (p.agendaSentAt === undefined || p.agendaSentAt < (p.heldAt ?? 0));
    return true;
  });
  return { actions, drafts };
}

type Core = Pick<NextStep, 'kind' | 'title' | 'detail' | 'due' | 'draft' | 'action'> & { dueAt?: number; nudge?: NudgeKind };

/** Quiet hours hold notifications, not what the user sees when they look: the popup and page ignore them. */
function awake(s: Settings): Settings {
  return s.quietHours.enabled ? { ...s, quietHours: { ...s.quietHours, enabled: false } } : s;
}

/**
 * The one next step for a person (null: not tracked yet) at `now`: what the popup and the person
 * page lead with. Reuses the nudge rules (lib/nudges) for what is due and when; the rest is the
 * user's own move at that stage. `zone` is the user's, for dates; `name` names someone not tracked yet.
 */
export function nextStep(p: Person | null, now: number, settings: Settings, zone = 'UTC', name?: string | null): NextStep {
  if (!p || p.stage === 'drafted') {
    const who = p ? displayName(p) : name?.trim() || 'them';
    const { marks: _marks, ...ask } = askStep(who, settings.defaultMinutes);
    return finish(p, now, ask);
  }
  return finish(p, now, core(p, now, awake(settings), zone));
}

function core(p: Person, now: number, s: Settings, zone: string): Core {
  const who = displayName(p);
  if (p.stage === 'closed') {
    return {
      kind: 'closed', due: false, draft: null, action: 'reopen',
      title: `Closed with ${who}`,
      detail: `Closed ${p.closedAt !== undefined ? day(p.closedAt, zone) : ''}; it won't nudge you again. Reopen it if things change.`.replace(' ;', ';'),
    };
  }
  const due = dueNudges([p], now, s)[0];
  if (due) return fromNudge(p, due.kind, due.reason, true, due.dueAt, who, zone, now);
  // Nothing due: the step that comes next, and when a rule will bring it.
  const rules = RULES.map((r) => r(p, s)).filter((r) => r !== null && (r.expiresAt === undefined || r.expiresAt > now));
  const upcoming = (kind: NudgeKind) => rules.find((r) => r!.kind === kind) ?? undefined;
  switch (p.stage) {
    case 'invited': {
      if (p.acceptedAt !== undefined) return fromNudge(p, 'send-ask', 'They accepted your invitation', false, undefined, who, zone, now);
      return {
        kind: 'await-accept', due: false, draft: null, action: 'accept',
        title: `Waiting for ${who} to accept your invitation`,
        detail: `Invitation sent${p.invitedAt !== undefined ? ` ${ago(now - p.invitedAt)} ago` : ''}. Once they accept, send the ask as a message.`,
      };
    }
    case 'sent': {
      const next = upcoming('check-in') ?? upcoming('close-out');
      const when = next ? ` A gentle check-in is due ${day(next.dueAt, zone)}.` : '';
      return {
        kind: 'await-reply', due: false, draft: null, action: 'reply', ...(next ? { dueAt: next.dueAt } : {}),
        title: `Waiting for ${who}'s reply`,
        detail: `Ask sent${p.sentAt !== undefined ? ` ${ago(now - p.sentAt)} ago` : ''}.${next?.kind === 'check-in' ? when : ''} Mark it when they reply.`,
      };
    }
    case 'replied':
      return {
        kind: 'schedule', due: true, draft: null, action: 'schedule',
        title: `Schedule the chat with ${who}`,
        detail: `${who} replied${p.repliedAt !== undefined ? ` ${ago(now - p.repliedAt)} ago` : ''}. Pick a time that suits you both, in their time zone too.`,
      };
    case 'scheduled': {
      if (thankYouOwed(p) && upcoming('thank-you')) return fromNudge(p, 'thank-you', '', false, upcoming('thank-you')!.dueAt, who, zone, now);
      const chat = p.chat!;
      const end = chat.at + chat.minutes * MINUTE;
      if (now >= end) return fromNudge(p, 'chat-happened', `Your chat was ${ago(now - end)} ago; mark it held with your takeaways, or reschedule it`, false, upcoming('chat-happened')?.dueAt, who, zone, now);
      const agenda = upcoming('agenda');
      if (agenda) {
        return {
          kind: 'agenda', due: false, draft: 'agenda', action: null, dueAt: agenda.dueAt, nudge: 'agenda',
          title: `Send ${who} an agenda the day before`,
          detail: `Your chat is ${day(chat.at, zone)}. The agenda is due ${day(agenda.dueAt, zone)}; it's ready now if you'd like to send it early.`,
        };
      }
      return {
        kind: 'await-chat', due: false, draft: null, action: null,
        title: `Your chat with ${who} is ${day(chat.at, zone)}`,
        detail: 'Agenda sent. Afterwards, mark it held with one or two takeaways: they go into your thank-you.',
      };
    }
    case 'held': {
      const t = upcoming('thank-you');
      if (thankYouOwed(p)) return fromNudge(p, 'thank-you', '', false, t?.dueAt, who, zone, now);
      const r = upcoming('report-back');
      if (r) return fromNudge(p, 'report-back', '', false, r.dueAt, who, zone, now);
      return {
        kind: 'keep-in-touch', due: false, draft: null, action: 'mentor',
        title: `Keep in touch with ${who}`,
        detail: "You've thanked them and reported back. If you'd both like more, agree an ongoing mentorship; or close it gracefully.",
      };
    }
    case 'mentoring': {
      if (thankYouOwed(p)) return fromNudge(p, 'thank-you', '', false, upcoming('thank-you')?.dueAt, who, zone, now);
      return fromNudge(p, 'cadence', '', false, upcoming('cadence')?.dueAt, who, zone, now);
    }
    default: // drafted and closed are answered before the nudges are read
      throw new Error(`no next step from ${p.stage}`);
  }
}

/** A step that answers a nudge kind (due or not yet). */
function fromNudge(p: Person, kind: NudgeKind, reason: string, due: boolean, dueAt: number | undefined, who: string, zone: string, now: number): Core {
  const when = dueAt !== undefined && !due ? (dueAt > now ? ` Due ${day(dueAt, zone)}.` : '') : '';
  const base = { due, nudge: kind, ...(dueAt !== undefined ? { dueAt } : {}) };
  const K = (k: NextKind, title: string, detail: string, action: StepAction | null = null): Core =>
    ({ ...base, kind: k, title, detail, draft: NUDGE_DRAFT[kind] ?? null, action });
  switch (kind) {
    case 'send-ask':
      return K('send-ask', `Send ${who} your ask as a message`, `${reason || 'They accepted your invitation'}; the full ask goes as a message now.`);
    case 'check-in':
      return K('check-in', `Check in with ${who}`, `${reason}. One gentle, no-pressure note.`);
    case 'close-out':
      return K('close-out', `Close your ask to ${who}?`, `${reason}. Closing stops the reminders; you can reopen it.`, 'close');
    case 'agenda':
      return K('agenda', `Send ${who} an agenda`, `${reason}.`);
    case 'chat-happened':
      return K('chat-happened', `Did your chat with ${who} happen?`, `${reason}.`, 'hold');
    case 'thank-you': {
      const held = p.heldAt !== undefined ? `Chat held ${ago(Math.max(0, now - p.heldAt))} ago. ` : '';
      return K('thank-you', `Thank ${who} for the chat`, due ? `${reason}.` : `${held}A thank-you within 24 hours, with one or two takeaways.${when}`);
    }
    case 'report-back':
      return K('report-back', due ? `Report back to ${who}` : `Report back to ${who} in a few weeks`,
        due ? `${reason}.` : `Apply their advice first, then tell them what you did and learned.${when}`);
    // A mentorship's step and review live on the journal (the mentorship page); the cadence carries them.
    case 'step-due':
      return K('cadence', `Check on a step from your mentorship with ${who}`, `${reason}.`);
    case 'review':
      return K('cadence', `Review your mentorship with ${who}`, `${reason}.`);
    case 'cadence':
      return K('cadence', due ? `Catch up with ${who}` : `Next catch-up with ${who}`,
        due ? `${reason}.` : `Share progress and a new question at your agreed rhythm.${when}`);
  }
}

function finish(p: Person | null, now: number, c: Core): NextStep {
  const { actions, drafts } = p ? offered(p, now) : { actions: [], drafts: [] };
  return {
    ...c,
    stage: p?.stage ?? null,
    marks: c.draft ? SENT_KIND[c.draft] : null,
    others: actions.filter((a) => a !== c.action),
    drafts: drafts.filter((d) => d !== c.draft),
    closeReason: closeReasonFor(p?.stage ?? null),
  };
}
