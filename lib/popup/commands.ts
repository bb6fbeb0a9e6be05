import type { Profile } from '../linkedin/schema';
import type { Channel, Person, SentKind } from '../tracker/schema';
import { trackerLink } from './tracker-link';

/**
 * The popup's writes. The background takes them (lib/popup-link/answer.ts) and
 * recomputes the nudges; the popup never opens the database itself.
 */
type Text = { channel: Channel; body: string; subject?: string };

export const markSent = (profile: Profile, text: Text, at: number): Promise<Person> =>
  trackerLink().step({ name: 'mark-sent', profile, text, at });

export const markInvited = (profile: Profile, at: number): Promise<Person> => trackerLink().step({ name: 'mark-invited', profile, at });

export const keepDraft = (profile: Profile, text: Text, at: number): Promise<Person> =>
  trackerLink().step({ name: 'keep-draft', profile, text, at });

export const markReplied = (personId: string, at: number): Promise<Person> => trackerLink().step({ name: 'mark-replied', personId, at });

export const undoStep = (personId: string): Promise<unknown> => trackerLink().step({ name: 'undo', personId });

// The next step's writes are the dashboard's commands (lib/shared/commands.ts): one handler, one write path.

/** A follow-up sent from the next step's draft: records that step (check-in, thank-you, …), not the ask. */
export const markFollowUpSent = (personId: string, kind: SentKind, text: Text, at: number): Promise<Person> =>
  trackerLink().step({ name: 'send', personId, kind, text, at });

export const markAccepted = (personId: string, at: number): Promise<Person> => trackerLink().step({ name: 'accept', personId, at });

export const markHeld = (personId: string, takeaways: string, at: number): Promise<Person> =>
  trackerLink().step({ name: 'hold', personId, takeaways, at });
