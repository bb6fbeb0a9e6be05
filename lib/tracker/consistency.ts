import type { OutreachEvent, Person, Stage } from './schema';

type Fields = Pick<Person, 'stage' | 'sentAt' | 'repliedAt' | 'chat' | 'heldAt' | 'mentorship' | 'closedAt' | 'createdAt' | 'updatedAt'>;
type Logged = Pick<OutreachEvent, 'type' | 'sentKind'>;

/** What each stage can't be without: a person "held" with no held date is an impossible person. */
const NEEDS: [Stage, (p: Fields) => boolean, string][] = [
  ['sent', (p) => p.sentAt !== undefined, 'their ask has no sent date (sentAt)'],
  ['replied', (p) => p.repliedAt !== undefined, 'their reply has no date (repliedAt)'],
  ['scheduled', (p) => p.chat !== undefined, 'no chat is booked (chat)'],
  ['held', (p) => p.heldAt !== undefined, 'the chat has no held date (heldAt)'],
  ['mentoring', (p) => p.mentorship !== undefined, 'there is no mentorship (mentorship)'],
  ['closed', (p) => p.closedAt !== undefined, 'there is no close date (closedAt)'],
];

/** Steps a stage can't have in its log: each would have moved the person past it (undo removes the step). */
const PAST: Partial<Record<Stage, (e: Logged) => boolean>> = {
  drafted: (e) => (e.type === 'sent' && (e.sentKind ?? 'ask') === 'ask') || LATER.has(e.type),
  invited: (e) => (e.type === 'sent' && (e.sentKind ?? 'ask') === 'ask') || LATER.has(e.type),
  sent: (e) => LATER.has(e.type),
};
const LATER = new Set<OutreachEvent['type']>(['replied', 'chat-scheduled', 'chat-held', 'mentorship-started']);
const STEP_WORDS: Record<OutreachEvent['type'], string> = {
  drafted: 'a draft', invited: 'an invitation', accepted: 'an acceptance', sent: 'a sent ask', replied: 'a reply',
  'chat-scheduled': 'a booked chat', 'chat-held': 'a held chat', 'mentorship-started': 'a mentorship', closed: 'a close', reopened: 'a reopen',
};

/**
 * Why a person's fields can't be true together, or against their own step log, as phrases;
 * empty when they agree. Pure: the import lists each as a problem instead of storing an
 * impossible person the nudges and the dashboard would then misread.
 */
export function consistencyProblems(p: Fields, log: readonly Logged[]): string[] {
  const out: string[] = [];
  for (const [stage, ok, why] of NEEDS) if (p.stage === stage && !ok(p)) out.push(`stage is ${stage} but ${why}`);
  if (p.stage === 'drafted' && (p.sentAt !== undefined || p.repliedAt !== undefined)) out.push('stage is drafted but it has a sent or reply date');
  if (p.createdAt > p.updatedAt) out.push('it was created after its last change (createdAt is after updatedAt)');
  const past = PAST[p.stage];
  const ahead = past ? log.find(past) : undefined;
  if (ahead) out.push(`stage is ${p.stage} but their steps include ${STEP_WORDS[ahead.type]}`);
  return out;
}
