import type { Profile } from '../linkedin/schema';
import type { Channel, Person } from '../tracker/schema';
// Direct module imports, not the tracker's barrel: the popup must not bundle export/CSV code.
import { saveDraft, upsertPerson } from '../tracker/people';
import { recordInvited, recordReply, recordSent } from '../tracker/record';
import { undoLast } from '../tracker/undo';
import { runStep } from './run-step';

/** The popup's writes: each one meets the person (upsert by URL) and then takes its step. */
type Text = { channel: Channel; body: string; subject?: string };

export const markSent = (profile: Profile, d: Text, at: number): Promise<Person> =>
  runStep(async (db) => {
    const person = await upsertPerson(db, profile, at);
    return recordSent(db, person.id, { channel: d.channel, text: d.body, subject: d.subject, at, kind: 'ask' });
  });

export const markInvited = (profile: Profile, at: number): Promise<Person> =>
  runStep(async (db) => recordInvited(db, (await upsertPerson(db, profile, at)).id, { at }));

export const keepDraft = (profile: Profile, d: Text, at: number): Promise<Person> =>
  runStep(async (db) => saveDraft(db, (await upsertPerson(db, profile, at)).id, d, at));

export const markReplied = (personId: string, at: number): Promise<Person> => runStep((db) => recordReply(db, personId, { at }));

export const undoStep = (personId: string): Promise<unknown> => runStep((db) => undoLast(db, personId));
