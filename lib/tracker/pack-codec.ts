import type { NudgePerson } from './rows';
import { STAGES } from './schema';

/**
 * Rows are stored as arrays of plain values in a fixed field order (id first), not as
 * objects: 10,000 copies of the field names were a third of the bytes, and IndexedDB's
 * structured clone reads flat arrays of numbers and strings much faster than nested objects.
 * Changing an order needs PACKS_VERSION bumped (packs.ts). The list's layout is ListRow's (rows.ts).
 */
export type Tuple = unknown[];

function trim(t: Tuple): Tuple {
  while (t.length > 1 && t[t.length - 1] === null) t.pop();
  return t;
}

// A NudgePerson: its top-level values (the stage as its index in STAGES), then the nested ones
// flattened (decode rebuilds them); missing values are null and trailing ones dropped.
const NUDGE_FIELDS = [
  'id', 'name', 'slug', 'stage', 'checkInsSent', 'lastStepAt', 'sentAt', 'acceptedAt', 'lastCheckInAt',
  'repliedAt', 'heldAt', 'thankYouAt', 'reportBackAt', 'agendaSentAt',
] as const satisfies readonly (keyof NudgePerson)[];
const N = NUDGE_FIELDS.length;
const STAGE = NUDGE_FIELDS.indexOf('stage');
const [FIRST_NAME, CHAT_AT, CHAT_MINUTES, CADENCE, STARTED, LAST_CONTACT, MEMORY, JOURNAL] = [N, N + 1, N + 2, N + 3, N + 4, N + 5, N + 6, N + 7];

export const nudgeCodec = {
  encode: (p: NudgePerson): Tuple => {
    const t: Tuple = NUDGE_FIELDS.map((f) => (f === 'stage' ? STAGES.indexOf(p.stage) : (p[f] ?? null)));
    const m = p.mentorship;
    // Snoozes and dismissals are rare and open-ended: kept as JSON text, only when there are any.
    const { snoozed = {}, dismissed = {} } = p.nudges ?? {};
    const memory = Object.keys(snoozed).length || Object.keys(dismissed).length ? JSON.stringify({ snoozed, dismissed }) : null;
    t.push(p.profile.firstName, p.chat?.at ?? null, p.chat?.minutes ?? null, m?.cadenceDays ?? null, m?.startedAt ?? null, m?.lastContactAt ?? null, memory, p.journal ? JSON.stringify(p.journal) : null);
    return trim(t);
  },
  decode: (t: Tuple): NudgePerson => {
    const row: Record<string, unknown> = { profile: { firstName: t[FIRST_NAME] ?? null } };
    for (let i = 0; i < N && i < t.length; i++) if (t[i] !== null) row[NUDGE_FIELDS[i]!] = t[i];
    row.stage = STAGES[t[STAGE] as number];
    if (t[CHAT_AT] != null) row.chat = { at: t[CHAT_AT], minutes: t[CHAT_MINUTES] };
    if (t[CADENCE] != null) row.mentorship = { cadenceDays: t[CADENCE], startedAt: t[STARTED], lastContactAt: t[LAST_CONTACT] };
    if (t[MEMORY] != null) row.nudges = JSON.parse(t[MEMORY] as string);
    if (t[JOURNAL] != null) row.journal = JSON.parse(t[JOURNAL] as string);
    return row as unknown as NudgePerson;
  },
};
