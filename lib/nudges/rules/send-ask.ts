import type { Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "invitation accepted without a note": send the ask as a message now (ARCHITECTURE.md §3: when the
 * note budget is spent, invite first and ask once they accept). Sending the ask moves the stage on.
 */
export const sendAsk: Rule = (p) => {
  if (p.stage !== 'invited' || p.acceptedAt === undefined) return null;
  if (p.sentAt !== undefined && p.sentAt >= p.acceptedAt) return null;
  return { kind: 'send-ask', dueAt: p.acceptedAt, reason: () => 'They accepted your invitation; send the ask while it is fresh' };
};
