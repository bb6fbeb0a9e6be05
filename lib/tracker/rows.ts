import type { Profile } from '../linkedin/schema';
import type { Tuple } from './pack-codec';
import { CHANNELS, STAGES, type Channel, type Chat, type Person, type PersonState, type Stage } from './schema';
import { searchText } from './search-text';

/**
 * The few fields a list filters and sorts on, read in place from the stored tuple
 * [id, search, stage, lastStepAt, createdAt, name, tags, channel?]: the dashboard keeps
 * 10,000 of these, so they are views, not copies, and stage and channel are stored as their
 * index in STAGES and CHANNELS (a small integer costs no memory; 10,000 copies of "held" do).
 * Whole people are fetched only for the page shown.
 */
export class ListRow {
  constructor(private readonly t: Tuple) {}

  // Rows written before `search` existed (or seeded raw by an upgrade test) still match by name.
  static tuple(p: Person): Tuple {
    const channel = p.askChannel ?? p.draft?.channel;
    const t: Tuple = [p.id, p.search || searchText(p, []), STAGES.indexOf(p.stage), p.lastStepAt, p.createdAt, p.name.toLowerCase(), p.tags ?? []];
    if (channel) t.push(CHANNELS.indexOf(channel));
    return t;
  }

  get id(): string { return this.t[0] as string; }
  /** Lowercase, accent-folded text a search matches (search-text.ts). */
  get search(): string { return this.t[1] as string; }
  get stage(): Stage { return STAGES[this.t[2] as number]!; }
  get lastStepAt(): number { return this.t[3] as number; }
  get createdAt(): number { return this.t[4] as number; }
  /** Lowercase, for sorting. */
  get name(): string { return this.t[5] as string; }
  /** As the user wrote them; the tag filter ignores case. */
  get tags(): readonly string[] { return this.t[6] as string[]; }
  /** The ask's channel, else the draft's. */
  get channel(): Channel | undefined { return this.t.length > 7 ? CHANNELS[this.t[7] as number] : undefined; }
}

const NUDGE_STATE = [
  'stage', 'checkInsSent', 'lastStepAt', 'sentAt', 'acceptedAt', 'lastCheckInAt', 'repliedAt',
  'heldAt', 'thankYouAt', 'reportBackAt', 'agendaSentAt', 'mentorship',
] as const satisfies readonly (keyof PersonState)[];

/**
 * What the follow-up rules (lib/nudges) read of a person, and the name a nudge speaks of.
 * A whole Person is one too; the stored copy leaves out the profile, takeaways and agenda,
 * so the background reads a few hundred bytes per person instead of a LinkedIn profile.
 */
export type NudgePerson = Pick<PersonState, (typeof NUDGE_STATE)[number]> & {
  /** Snoozes and dismissals; stored rows leave it out when empty (the engine reads none then). */
  nudges?: PersonState['nudges'];
  id: string;
  name: string;
  slug: string;
  chat?: Pick<Chat, 'at' | 'minutes'>;
  profile: Pick<Profile, 'firstName'>;
  journal?: Person['journal'];
};

export function toNudgeRow(p: Person): NudgePerson {
  const row: Record<string, unknown> = { id: p.id, name: p.name, slug: p.slug, profile: { firstName: p.profile?.firstName ?? null } };
  for (const k of NUDGE_STATE) if (p[k] !== undefined) row[k] = p[k];
  if (p.nudges) row.nudges = p.nudges;
  if (p.chat) row.chat = { at: p.chat.at, minutes: p.chat.minutes };
  if (p.journal) row.journal = p.journal;
  return row as NudgePerson;
}
