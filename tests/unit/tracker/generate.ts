import type { Note, OutreachEvent, Person, Stage } from '../../../lib/tracker/schema';
import { searchText } from '../../../lib/tracker/search-text';
import { profile, DAY, T0 } from './helpers';

const FIRST = ['Marisol', 'Ada', 'José', 'Wei', 'Priya', 'Tomás', 'Noor', 'Kwame', 'Elif', 'Sven'];
const LAST = ['Vega', 'Okafor', 'Pérez', 'Chen', 'Nair', 'Novak', 'Haddad', 'Mensah', 'Yılmaz', 'Berg'];
const COMPANIES = ['Lumen', 'Arc', 'Northwind', 'Globex', 'Initech'];
const STAGES_USED: Stage[] = ['drafted', 'invited', 'sent', 'replied', 'scheduled', 'held', 'mentoring', 'closed'];

/** Deterministic people with 3 events and 1 note each, as if recorded over a year. */
export function generate(count: number): { people: Person[]; events: Omit<OutreachEvent, 'id'>[]; notes: Omit<Note, 'id'>[] } {
  const people: Person[] = [];
  const events: Omit<OutreachEvent, 'id'>[] = [];
  const notes: Omit<Note, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `person-${i}`;
    const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${i}`;
    const company = COMPANIES[i % 5]!;
    const at = T0 + (i % 365) * DAY + i;
    const stage = STAGES_USED[i % 8]!;
    const p: Person = {
      id: `https://www.linkedin.com/in/${slug}/`, slug, name, company,
      profile: profile(slug, { fullName: name, firstName: FIRST[i % 10]!, current: { title: 'Engineer', company }, headline: `Engineer at ${company}` }),
      readings: [], tags: i % 3 === 0 ? ['Design'] : ['backend', 'fintech'], readAt: at, search: '', createdAt: at, updatedAt: at + 3,
      stage, askChannel: i % 2 ? 'message' : 'connection-note', sentAt: at + 1, checkInsSent: i % 2, repliedAt: stage === 'drafted' ? undefined : at + 2,
      lastStepAt: at + 2, nudges: { snoozed: {}, dismissed: i % 4 === 0 ? { 'check-in': at } : {} },
      ...(stage === 'closed' ? { closedAt: at + 2, closedReason: 'no-reply' as const, closedFrom: 'sent' as const } : {}),
    };
    if (p.repliedAt === undefined) delete p.repliedAt;
    const note = `Met at conference ${i % 50}`;
    p.search = searchText(p, [note]);
    people.push(p);
    const before = { stage: 'drafted' as const, checkInsSent: 0, lastStepAt: at, nudges: { snoozed: {}, dismissed: {} } };
    events.push(
      { personId: p.id, type: 'drafted', at, channel: 'message', before },
      { personId: p.id, type: 'sent', at: at + 1, channel: p.askChannel, sentKind: 'ask', text: `Hi ${name}`, before },
      { personId: p.id, type: 'replied', at: at + 2, before: { ...before, stage: 'sent', sentAt: at + 1 } },
    );
    notes.push({ personId: p.id, at: at + 3, text: note });
  }
  return { people, events, notes };
}
