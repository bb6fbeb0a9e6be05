import { emptyProfile } from '../lib/linkedin/schema';
import type { Note, OutreachEvent, Person, PersonState, Stage } from '../lib/tracker/schema';
import { searchText } from '../lib/tracker/search-text';

const DAY = 86_400_000;
const FIRST = ['Marisol', 'Ada', 'José', 'Wei', 'Priya', 'Tomás', 'Noor', 'Kwame', 'Elif', 'Sven'];
const LAST = ['Vega', 'Okafor', 'Pérez', 'Chen', 'Nair', 'Novak', 'Haddad', 'Mensah', 'Yılmaz', 'Berg'];
const COMPANIES = ['Lumen', 'Arc', 'Northwind', 'Globex', 'Initech'];
const STAGES_USED: Stage[] = ['drafted', 'invited', 'sent', 'replied', 'scheduled', 'held', 'mentoring', 'closed'];

/** What each stage implies beyond the basics, so every nudge rule has people to look at. */
function stageDetail(stage: Stage, at: number): Partial<PersonState> {
  const chat = { at: at + 10 * DAY, minutes: 20, timeZone: 'Europe/London' };
  switch (stage) {
    case 'scheduled': return { chat };
    case 'held': return { chat, heldAt: chat.at + 3_600_000, takeaways: 'Write the decision log first' };
    case 'mentoring': return { chat, heldAt: chat.at, mentorship: { cadenceDays: 30, startedAt: chat.at, lastContactAt: chat.at } };
    case 'closed': return { closedAt: at + 2, closedReason: 'no-reply', closedFrom: 'sent' };
    default: return {};
  }
}

/**
 * Deterministic people with 3 events and 1 note each, as if recorded over a year
 * from `t0`: the unit tests' round trips and the benchmark's 10,000 people.
 */
export function generate(count: number, t0 = Date.UTC(2026, 10, 22, 9, 0)): { people: Person[]; events: Omit<OutreachEvent, 'id'>[]; notes: Omit<Note, 'id'>[] } {
  const people: Person[] = [];
  const events: Omit<OutreachEvent, 'id'>[] = [];
  const notes: Omit<Note, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `person-${i}`;
    const first = FIRST[i % 10]!;
    const name = `${first} ${LAST[Math.floor(i / 10) % 10]} ${i}`;
    const company = COMPANIES[i % 5]!;
    const at = t0 + (i % 365) * DAY + i;
    const stage = STAGES_USED[i % 8]!;
    const profile = {
      ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, slug),
      fullName: name, firstName: first, headline: `Engineer at ${company}`, current: { title: 'Engineer', company },
    };
    const p: Person = {
      id: profile.url, slug, name, company, profile,
      readings: [], tags: i % 3 === 0 ? ['Design'] : ['backend', 'fintech'], readAt: at, search: '', createdAt: at, updatedAt: at + 3,
      stage, askChannel: i % 2 ? 'message' : 'connection-note', sentAt: at + 1, checkInsSent: i % 2, repliedAt: stage === 'drafted' ? undefined : at + 2,
      lastStepAt: at + 2, nudges: { snoozed: {}, dismissed: i % 4 === 0 ? { 'check-in': at } : {} },
      ...stageDetail(stage, at),
    };
    if (p.repliedAt === undefined) delete p.repliedAt;
    // People in possible states only (an import lists impossible ones as problems): not yet
    // asked before "sent", with no steps past their stage in their log.
    if (stage === 'drafted') delete p.sentAt;
    if (stage === 'invited') {
      p.invitedAt = at + 1;
      delete p.sentAt;
    }
    const note = `Met at conference ${i % 50}`;
    p.search = searchText(p, [note]);
    people.push(p);
    const before = { stage: 'drafted' as const, checkInsSent: 0, lastStepAt: at, nudges: { snoozed: {}, dismissed: {} } };
    // Steps the stage allows, 30,000 in all at 10,000 people as before (3 on average): a drafted person
    // has only the draft; an invited one was accepted; an asked one sent a check-in; a mentorship and
    // a close are a fourth step after the reply.
    const e = (type: OutreachEvent['type'], dt: number, over: Partial<OutreachEvent> = {}): Omit<OutreachEvent, 'id'> => ({ personId: p.id, type, at: at + dt, before, ...over });
    const asked = e('sent', 1, { channel: p.askChannel, sentKind: 'ask', text: `Hi ${name}` });
    const replied = e('replied', 2, { before: { ...before, stage: 'sent', sentAt: at + 1 } });
    const LOGS: Record<Stage, Omit<OutreachEvent, 'id'>[]> = {
      drafted: [e('drafted', 0, { channel: 'message' })],
      invited: [e('drafted', 0, { channel: 'message' }), e('invited', 1), e('accepted', 2)],
      sent: [e('drafted', 0, { channel: 'message' }), asked, e('sent', 2, { channel: p.askChannel, sentKind: 'check-in', text: 'Checking in' })],
      replied: [e('drafted', 0, { channel: 'message' }), asked, replied],
      scheduled: [e('drafted', 0, { channel: 'message' }), asked, replied],
      held: [e('drafted', 0, { channel: 'message' }), asked, replied],
      mentoring: [e('drafted', 0, { channel: 'message' }), asked, replied, e('mentorship-started', 2, { detail: { cadenceDays: 30 } })],
      closed: [e('drafted', 0, { channel: 'message' }), asked, replied, e('closed', 2, { detail: { reason: 'no-reply' } })],
    };
    events.push(...LOGS[stage]);
    notes.push({ personId: p.id, at: at + 3, text: note });
  }
  return { people, events, notes };
}
