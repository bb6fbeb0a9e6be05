import { dueNudges } from '../../lib/nudges/engine';
import type { Settings } from '../../lib/settings/schema';
import { getDb } from '../../lib/shared/tracker-db';
import { command } from '../../lib/dashboard/command';
import type { NudgeKind, Person } from '../../lib/tracker/schema';
import { useLiveQuery } from '../hooks/use-live-query';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Props {
  person: Person;
  kind: NudgeKind;
  settings: Settings;
  now: number;
  onAct: (fn: () => Promise<unknown>, done: string) => void;
}

/**
 * Snooze or dismiss the reminder that brought the user here, only while it is still due:
 * once handled, a leftover "Dismiss" would silence the next one (it is remembered against
 * the latest step). An agenda is only worth sending before the chat, so it snoozes to
 * two hours before it rather than by the day.
 */
export function ReminderControls({ person, kind, settings, now, onAct }: Props) {
  const due = useLiveQuery(
    // This person's own row only: the rules over it say whether this reminder is still due.
    () => getDb().summaries.get(person.id).then((r) => (r?.nudge ? dueNudges([r.nudge], now, settings).find((n) => n.kind === kind) ?? null : null)),
    [person.id, person.updatedAt, kind, now, settings],
  ).value;
  if (!due) return null;
  const snooze = (until: number, done: string) => onAct(() => command({ name: 'snooze', personId: person.id, kind, until }), done);
  const beforeChat = kind === 'agenda' && person.chat ? person.chat.at - 2 * HOUR : null;
  return (
    <div class="row nudge-controls" role="group" aria-label="This reminder">
      {beforeChat === null ? (
        <>
          <button type="button" onClick={() => snooze(now + DAY, 'Snoozed for a day.')}>Snooze a day</button>
          <button type="button" onClick={() => snooze(now + 7 * DAY, 'Snoozed for a week.')}>Snooze a week</button>
        </>
      ) : (
        beforeChat > now && <button type="button" onClick={() => snooze(beforeChat, 'You will be reminded 2 hours before the chat.')}>Remind me 2 hours before the chat</button>
      )}
      <button type="button" onClick={() => onAct(() => command({ name: 'dismiss', personId: person.id, kind, about: due.about }), 'Dismissed.')}>Dismiss</button>
    </div>
  );
}
