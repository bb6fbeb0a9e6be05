import { HOUR, hours, type Rule } from '../types';

/**
 * ARCHITECTURE.md §5 "chat scheduled": agendaBeforeHours (24) before the chat, send the 2–3 questions
 *. Scheduling puts
 * every chat, a mentorship's next one too, in stage "scheduled"; sending the agenda (agendaSentAt) ends it.
 *
 * "24 hours before" means 24 elapsed hours, not the same wall-clock time the day before: across a clock
 * change the nudge lands an hour earlier or later on the clock, and the other person still gets a full day.
 * Scheduled with less than that to go, it is due at once; once the chat has started it is moot (expiresAt).
 */
export const agenda: Rule = (p, s) => {
  if (p.stage !== 'scheduled' || !p.chat) return null;
  // An agenda sent after the previous chat was held belongs to this chat (or to the slot it replaced).
  if (p.agendaSentAt !== undefined && p.agendaSentAt >= (p.heldAt ?? 0)) return null;
  const at = p.chat.at;
  // In "scheduled", lastStepAt is the step that scheduled the chat (the schema has no chat.scheduledAt).
  const dueAt = Math.max(at - s.nudges.agendaBeforeHours * HOUR, p.lastStepAt);
  if (dueAt >= at) return null;
  return {
    kind: 'agenda',
    dueAt,
    expiresAt: at,
    // About this booked chat: thanking them for the last one (a step in "scheduled") must not bring back a dismissed agenda.
    about: at,
    reason: (now) => `Your chat is in ${hours(at - now)}; send the 2–3 questions you'd like to ask`,
  };
};
