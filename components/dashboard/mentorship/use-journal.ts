import { useState } from 'preact/hooks';
import type { Mentorship } from '../../../lib/mentorship/schema';
import { journalWrite } from '../../../lib/dashboard/journal-write';
import { editMentorship } from '../../../lib/tracker/mentorship-store';

/** Fresh ids for goals, steps, sessions and entries: unique across browsers, so imports merge by id. */
export const newId = () => crypto.randomUUID();

/**
 * Saves one pure edit of the journal (lib/mentorship/edit.ts) and tells the background, so the nudges
 * follow. Returns whether it saved; a refusal is kept as a sentence to show, and the form keeps its text.
 */
export function useJournal(personId: string, now: number) {
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const save = async (edit: (m: Mentorship) => Mentorship, message: string): Promise<boolean> => {
    setProblem(null);
    try {
      await journalWrite((db) => editMentorship(db, personId, edit, now));
      setDone(message);
      return true;
    } catch (e) {
      setProblem((e as Error).message);
      setDone(null);
      return false;
    }
  };
  return { save, problem, done };
}

/** "2027-01-15" from a date input, or undefined when left empty. */
export const dayValue = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
