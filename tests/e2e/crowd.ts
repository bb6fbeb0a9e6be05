import { emptyProfile } from '../../lib/linkedin/blank';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/tracker/export-format';
import { SAMPLE } from '../demo/sample';
import { DAY } from './stage-walk';

const FIRST = ['Tomás', 'Tomás', 'Tomás', 'Ana', 'Priya', 'Wei', 'Oluwaseun', 'Marta', 'Jonas', 'Aiko'];
const LAST = ['Ruiz', 'Ortega', 'Silva', 'Kowalski', 'Nakamura', 'Haddad', 'Berg', 'Costa', 'Novak', 'Reid'];

/** 200 people, 27 of them asked 10 days ago with no reply (a check-in due each), the sample among them. */
export function crowd(now: number) {
  const people = Array.from({ length: 200 }, (_, i) => {
    const sample = i === 0;
    const slug = sample ? SAMPLE.slug : `crowd-${i}`;
    const id = `https://www.linkedin.com/in/${slug}/`;
    const name = sample ? SAMPLE.person : `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`;
    const due = i < 27;
    const at = now - (due ? 10 : 1) * DAY;
    return {
      id, slug, name, company: '', profile: { ...emptyProfile(id, slug), fullName: name, firstName: name.split(' ')[0] },
      readings: [], tags: [], createdAt: at, updatedAt: at, lastStepAt: at, checkInsSent: 0, nudges: { snoozed: {}, dismissed: {} },
      ...(due ? { stage: 'sent', sentAt: at, askChannel: 'message' } : { stage: i % 2 ? 'drafted' : 'replied', ...(i % 2 ? {} : { sentAt: at - DAY, repliedAt: at }) }),
    };
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), people, events: [], notes: [] };
}

