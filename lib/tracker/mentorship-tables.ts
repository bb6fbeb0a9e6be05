import type { Transaction } from 'dexie';
import type { Mentorship } from '../mentorship/schema';
import { summarize } from '../mentorship/summary';
import type { Person } from './schema';
import { rebuildSummaries } from './summaries';
import type { VersionDecl } from './versions';

/**
 * The mentorship journal's table (ARCHITECTURE.md §7): one record per person in a mentorship, holding its
 * purpose, goals, steps, sessions, journal, giving back and reviews (lib/mentorship/schema.ts).
 * One record, not a table per list: the page reads it whole, and 1,000 mentorships are 1,000 records
 * rather than 36,000 (Chromium's IndexedDB costs per record, see history.ts). The nudges read only the
 * summary kept on the person (Person.journal).
 */
export const MENTORSHIPS = 'mentorships';
export type MentorshipRow = Mentorship;

/** The first chat of a mentorship begun before the journal existed, as its first session. */
export function firstChatSession(p: Person): Mentorship['sessions'] {
  if (!p.chat || p.heldAt === undefined || p.chat.at > p.heldAt) return [];
  const { at, minutes, timeZone, theirTimeZone, agenda } = p.chat;
  return [{ id: 'first-chat', at, minutes, timeZone, ...(theirTimeZone ? { theirTimeZone } : {}), agenda: agenda ?? [], notes: '', feedback: '', takeaways: p.takeaways ?? '' }];
}

// 2026-12-03: v3 adds the mentorship journal (after v2's summaries). Everyone already mentoring gets a journal started on the
// day the mentorship did, their first chat (its zones, agenda and takeaways) as the first session, and
// the setup left to do (setupDone false), so the page asks for the purpose and goals;
// then every summary is rebuilt (the journal's summary for the nudges, and v3's mayNudge for chat-happened).
export const V3_2026_12_03: VersionDecl = {
  version: 3,
  stores: { [MENTORSHIPS]: 'personId' },
  upgrade: async (tx: Transaction) => {
    const people = (await tx.table('people').toArray()) as Person[];
    const rows: Mentorship[] = [];
    for (const p of people) {
      if (!p.mentorship) continue;
      const startedAt = p.mentorship.startedAt;
      rows.push({
        personId: p.id, startedAt, purpose: {}, setupDone: false, goals: [], steps: [], sessions: firstChatSession(p),
        journal: [], givingBack: [], reviews: [], reviewEveryDays: 90, updatedAt: startedAt,
      });
    }
    await tx.table(MENTORSHIPS).bulkAdd(rows);
    const byId = new Map(rows.map((m) => [m.personId, m]));
    await tx.table('people').toCollection().modify((p: Person) => {
      const m = byId.get(p.id);
      if (m) p.journal = summarize(m);
    });
    // The nudges read the journal summary from the summaries table (summaries.ts), and mayNudge now keeps a
    // scheduled person whose booked chat was never marked held (the chat-happened nudge): rebuild them all.
    await rebuildSummaries({ people: tx.table('people'), summaries: tx.table('summaries') } as Parameters<typeof rebuildSummaries>[0]);
  },
};
