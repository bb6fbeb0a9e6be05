import { useMemo, useState } from 'preact/hooks';
import { likelyTimeZone } from '../../lib/compose/timezone';
import { formatInZone } from '../../lib/schedule/format';
import { suggestSlots } from '../../lib/schedule/slots';
import { timeWarnings } from '../../lib/schedule/warnings';
import { zonedParts, zonedTimeToUtc } from '../../lib/schedule/zone';
import type { Settings } from '../../lib/settings/schema';
import { command } from '../../lib/dashboard/command';
import { myTimeZone } from '../../lib/shared/settings-store';
import type { Person } from '../../lib/tracker/schema';

// Every zone the browser knows, for choosing theirs when their location doesn't say.
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
const pad = (n: number) => String(n).padStart(2, '0');
const localInputs = (ms: number, zone: string) => {
  const p = zonedParts(ms, zone);
  return { date: `${p.y}-${pad(p.m)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.min)}` };
};

/**
 * Guide 001, "Own the logistics": both zones side by side, three slots inside both
 * people's working hours, and a calendar invite with the exact instant.
 */
export function ScheduleChat({ person, settings, now, onDone }: { person: Person; settings: Settings; now: number; onDone: (msg: string) => void }) {
  const myZone = myTimeZone(settings);
  const guessed = person.chat?.theirTimeZone ?? likelyTimeZone(person.profile.location);
  // Unknown from their location: the user can say, and the slots and warnings follow.
  const [chosenZone, setChosenZone] = useState<string>('');
  const theirZone = guessed ?? (chosenZone || null);
  const [minutes, setMinutes] = useState(person.chat?.minutes ?? settings.defaultMinutes);
  const slots = useMemo(() => suggestSlots({ now, myZone, theirZone, myHours: settings.workingHours, minutes, count: 3 }), [now, myZone, theirZone, minutes]);
  const [when, setWhen] = useState(() => localInputs(person.chat?.at ?? slots[0] ?? now + 86_400_000, myZone));
  const [error, setError] = useState<string | null>(null);
  const [y, m, d] = when.date.split('-').map(Number);
  const [h, min] = when.time.split(':').map(Number);
  const at = [y, m, d, h, min].every((x) => Number.isFinite(x)) ? zonedTimeToUtc({ y: y!, m: m!, d: d!, h: h!, min: min! }, myZone) : NaN;
  const first = person.profile.firstName ?? person.name;
  const warnings = Number.isFinite(at) ? timeWarnings({ at, minutes, myZone, myHours: settings.workingHours, theirZone, who: first }) : [];
  const save = async (e: Event) => {
    e.preventDefault();
    if (!Number.isFinite(at)) return setError('Pick a date and a time.');
    try {
      await command({ name: 'schedule', personId: person.id, chat: { at, minutes, timeZone: myZone, ...(theirZone ? { theirTimeZone: theirZone } : {}) }, at: now });
      onDone('Chat scheduled. Download the invitation from “Your upcoming chat”; an agenda reminder comes the day before.');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="card schedule" aria-label="Schedule the chat" onSubmit={save}>
      <h3>Schedule the chat</h3>
      {slots.length > 0 && (
        <div class="row" role="group" aria-label="Suggested times">
          <span class="muted">Suggested{theirZone ? ' (inside both your working hours)' : ''}:</span>
          {slots.map((s) => <button key={s} type="button" class="chip" onClick={() => setWhen(localInputs(s, myZone))}>{formatInZone(s, myZone)}</button>)}
        </div>
      )}
      <div class="row">
        <div><label for="chat-date">Date</label><input id="chat-date" type="date" value={when.date} onInput={(e) => setWhen({ ...when, date: e.currentTarget.value })} /></div>
        <div><label for="chat-time">Time ({myZone})</label><input id="chat-time" type="time" value={when.time} onInput={(e) => setWhen({ ...when, time: e.currentTarget.value })} /></div>
        <div><label for="chat-minutes">Minutes</label><input id="chat-minutes" type="number" min={10} max={60} value={minutes} onInput={(e) => setMinutes(Number(e.currentTarget.value) || minutes)} /></div>
      </div>
      {!guessed && (
        <div>
          <label for="their-zone">{first}'s time zone</label>
          <select id="their-zone" value={chosenZone} onChange={(e) => setChosenZone(e.currentTarget.value)}>
            <option value="">Not known: ask them</option>
            {ZONES.map((z) => <option key={z} value={z}>{z.replace(/_/g, ' ')}</option>)}
          </select>
        </div>
      )}
      {warnings.length > 0 && (
        <ul class="hints" aria-label="Check the time">
          {warnings.map((w) => <li key={w} class="hint suggestion">{w}</li>)}
        </ul>
      )}
      {Number.isFinite(at) && (
        <dl class="zones">
          <div><dt>You</dt><dd>{formatInZone(at, myZone)}</dd></div>
          <div><dt>{first}</dt><dd>{theirZone ? formatInZone(at, theirZone) : 'Time zone unknown: check with them'}</dd></div>
        </dl>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        {/* The invitation is downloaded from the saved chat ("Your upcoming chat"): its calendar UID comes
            from the saved booking, so an invite for a time not yet saved could land in calendars twice. */}
        <button type="submit" class="primary">Save the chat</button>
      </div>
    </form>
  );
}
