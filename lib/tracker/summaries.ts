import type { Profile } from '../linkedin/schema';
import type { CoffeeChatDb } from './db';
import { indexerFor, type NudgeIndex } from './nudge-index';
import type { Channel, Chat, Person, PersonState, Stage } from './schema';
import { searchText } from './search-text';
import { thankYouOwed } from './state';

/** The most hours before a chat the agenda nudge may come (settings' agendaBeforeHours maximum). */
const MAX_AGENDA_HOURS = 96;
const HOUR = 3_600_000;

const NUDGE_STATE = [
  'stage', 'checkInsSent', 'lastStepAt', 'sentAt', 'acceptedAt', 'lastCheckInAt', 'repliedAt',
  'heldAt', 'thankYouAt', 'reportBackAt', 'agendaSentAt', 'mentorship',
] as const satisfies readonly (keyof PersonState)[];

/**
 * What the follow-up rules (lib/nudges) read of a person, and the name a nudge speaks of.
 * A whole Person is one too; the summary's copy leaves out the profile, takeaways and agenda,
 * so the background reads a few hundred bytes per person instead of a LinkedIn profile.
 */
export type NudgePerson = Pick<PersonState, (typeof NUDGE_STATE)[number]> & {
  nudges?: PersonState['nudges'];
  id: string;
  name: string;
  slug: string;
  chat?: Pick<Chat, 'at' | 'minutes'>;
  profile: Pick<Profile, 'firstName'>;
  journal?: Person['journal'];
};

/**
 * One row per person with what the list and the nudges need, kept in step with the people
 * table by the one write path (tx.ts `write` → `putPeople`), in the same transaction.
 * Indexed: stage, lastStepAt, createdAt, tags (multi-entry), nudgeFrom, and the exact nudge index
 * under the user's settings (nudgeAt, nudgeWindows, nudgeTimes: nudge-index.ts; versions.ts).
 */
export interface Summary extends NudgeIndex {
  id: string;
  stage: Stage;
  lastStepAt: number;
  createdAt: number;
  /** Lowercase, for sorting by name. */
  name: string;
  /** As the user wrote them; the tag filter ignores case. */
  tags: string[];
  /** The ask's channel, else the draft's. */
  channel?: Channel;
  /** Lowercase, accent-folded text a search matches (search-text.ts). */
  search: string;
  /** The rules' view of the person; present only when some rule could nudge them (mayNudge). */
  nudge?: NudgePerson;
  /**
   * The earliest moment any nudge of this person can be due, under any settings (waits only
   * delay it, and so do snoozes and quiet hours); absent when no rule can nudge them. A sparse
   * index: the background reads only people who can nudge, and "due now" only those whose
   * moment has come.
   */
  nudgeFrom?: number;
}

export function toNudgeView(p: Person): NudgePerson {
  const row: Record<string, unknown> = { id: p.id, name: p.name, slug: p.slug, profile: { firstName: p.profile?.firstName ?? null } };
  for (const k of NUDGE_STATE) if (p[k] !== undefined) row[k] = p[k];
  if (p.nudges) row.nudges = p.nudges;
  if (p.chat) row.chat = { at: p.chat.at, minutes: p.chat.minutes };
  if (p.journal) row.journal = p.journal;
  return row as NudgePerson;
}

const pending = (doneAt: number | undefined, since: number) => doneAt === undefined || doneAt < since;

/**
 * Whether some rule could give this person a nudge under any settings: each line is the part
 * of a rule's condition that settings and the clock don't change (lib/nudges/rules). It may say
 * yes too often, never too rarely: tests/unit/nudges/live.test.ts checks that every rule returns
 * null for whom it says no. It lives here, under the rules, because the summaries are derived
 * from it on every write; a change to it takes a new version in versions.ts that rebuilds them.
 */
export function mayNudge(p: NudgePerson): boolean {
  // step-due, review: any open stage with a mentorship journal that has not ended
  if (p.journal && !p.journal.ended && p.mentorship && p.stage !== 'closed') return true;
  switch (p.stage) {
    case 'invited': // send-ask
      return p.acceptedAt !== undefined && pending(p.sentAt, p.acceptedAt);
    case 'sent': // check-in, close-out
      return p.sentAt !== undefined && pending(p.repliedAt, p.sentAt);
    case 'scheduled': // agenda, chat-happened (even once the agenda went), and the thank-you for a chat held before this one was booked
      return (p.chat !== undefined && (pending(p.agendaSentAt, p.heldAt ?? 0) || pending(p.heldAt, p.chat.at))) || thankYouOwed(p);
    case 'held': // thank-you, report-back
      return thankYouOwed(p) || (p.thankYouAt !== undefined && pending(p.reportBackAt, p.thankYouAt));
    case 'mentoring': // thank-you, cadence
      return thankYouOwed(p) || p.mentorship !== undefined;
    default: // drafted, replied and closed people have no rule
      return false;
  }
}

/**
 * A lower bound on every rule's due moment (lib/nudges/rules): each counts from one of these
 * times, forward by a wait, except the agenda, at most MAX_AGENDA_HOURS before the chat. The
 * journal's: a review counts from the start or the last review; a step is due the day after its
 * date begins in the user's zone, never before that date's UTC midnight (zones are within ±14 h).
 */
function earliestDue(p: NudgePerson): number {
  const j = p.journal && !p.journal.ended ? p.journal : undefined;
  const from = [
    p.sentAt, p.acceptedAt, p.heldAt, p.thankYouAt, p.mentorship?.lastContactAt, p.chat && p.chat.at - MAX_AGENDA_HOURS * HOUR,
    j && (j.lastReviewAt ?? j.startedAt), j?.openDue[0] !== undefined ? Date.parse(`${j.openDue[0]}T00:00:00Z`) : undefined,
  ];
  let min = p.lastStepAt;
  for (const t of from) if (t !== undefined && t < min) min = t;
  return Math.max(0, min);
}

/** The person's summary row (rows seeded without `search` still match by name). */
export function summaryOf(p: Person): Summary {
  const channel = p.askChannel ?? p.draft?.channel;
  const s: Summary = {
    id: p.id, stage: p.stage, lastStepAt: p.lastStepAt, createdAt: p.createdAt, name: p.name.toLowerCase(),
    tags: p.tags ?? [], search: p.search || searchText(p, []),
  };
  if (channel) s.channel = channel;
  const view = toNudgeView(p);
  if (mayNudge(view)) {
    s.nudge = view;
    s.nudgeFrom = earliestDue(view);
  }
  return s;
}

/**
 * Stores people and their summaries together. Only the tracker's writes call it, inside `write()`
 * (tx.ts), so a failed write leaves both as they were.
 */
export async function putPeople(db: CoffeeChatDb, people: readonly Person[]): Promise<void> {
  if (!people.length) return;
  const index = await indexerFor(db);
  const rows = people.map(summaryOf);
  await Promise.all([db.people.bulkPut(people as Person[]), db.summaries.bulkPut(index ? rows.map(index) : rows)]);
}

export async function deletePeople(db: CoffeeChatDb, ids: readonly string[]): Promise<void> {
  await Promise.all([db.people.bulkDelete(ids as string[]), db.summaries.bulkDelete(ids as string[])]);
}

/** Rebuilds every summary from the people (the version upgrade, and tests that seed raw rows). */
export async function rebuildSummaries(db: Pick<CoffeeChatDb, 'people' | 'summaries'>): Promise<void> {
  await db.summaries.clear();
  const people = await db.people.toArray();
  await db.summaries.bulkPut(people.map(summaryOf));
}
