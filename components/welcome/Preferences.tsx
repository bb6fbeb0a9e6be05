import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/schema';
import { Field } from './fields';

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
};

/**
 * A number the user may type freely: out of range, it says so next to the field in words (not only the
 * browser's bubble) and keeps the last valid value in the settings; Save names what is left to fix.
 */
function NumberField({ id, label, value, min, max, onInput, hint }: { id: string; label: string; value: number; min: number; max: number; onInput: (n: number) => void; hint?: string }) {
  const [raw, setRaw] = useState<string | null>(null);
  const n = raw === null ? value : Number(raw);
  const bad = raw !== null && (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max);
  const described = [hint ? `${id}-hint` : '', bad ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={label} hint={hint}>
      <input id={id} type="number" min={min} max={max} value={raw ?? value} aria-describedby={described} aria-invalid={bad || undefined}
        data-label={label} data-problem={bad ? `${label}: a number from ${min} to ${max}` : undefined}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setRaw(text);
          const v = Number(text);
          if (text.trim() !== '' && Number.isFinite(v) && v >= min && v <= max) onInput(v);
        }} />
      {bad && <p id={`${id}-error`} class="error field-error">Enter a number from {min} to {max}.</p>}
    </Field>
  );
}

/** Tier, time, and the follow-up timings (ARCHITECTURE.md §3 and §5 defaults; all the user's to change). */
export function Preferences({ settings: s, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const nudge = (k: keyof Settings['nudges']) => (n: number) => onChange({ ...s, nudges: { ...s.nudges, [k]: n } });
  return (
    <>
      <fieldset>
        <legend>LinkedIn and time</legend>
        <Field id="tier" label="Your LinkedIn account" hint="Connection notes are 200 characters on a free account and 300 on Premium.">
          <select id="tier" value={s.tier} aria-describedby="tier-hint" onChange={(e) => onChange({ ...s, tier: e.currentTarget.value as Settings['tier'] })}>
            <option value="free">Free</option>
            <option value="premium">Premium or Sales Navigator</option>
          </select>
        </Field>
        <NumberField id="budget" label="Personal notes a month" hint="Free accounts get only a few; 5 unless you know yours." value={s.monthlyNoteBudget} min={0} max={50} onInput={(n) => onChange({ ...s, monthlyNoteBudget: n })} />
        <Field id="zone" label="Your time zone">
          <select id="zone" value={s.timeZone} onChange={(e) => onChange({ ...s, timeZone: e.currentTarget.value })}>
            <option value="">This computer's ({browserZone})</option>
            {zones().map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </Field>
        <div class="row">
          <NumberField id="hours-start" label="Working hours from" value={s.workingHours.start} min={0} max={23} onInput={(n) => onChange({ ...s, workingHours: { ...s.workingHours, start: n } })} />
          <NumberField id="hours-end" label="to" value={s.workingHours.end} min={1} max={24} onInput={(n) => onChange({ ...s, workingHours: { ...s.workingHours, end: n } })} />
        </div>
        <NumberField id="minutes" label="Minutes to ask for" hint="15 to 20 keeps it easy to say yes." value={s.defaultMinutes} min={10} max={30} onInput={(n) => onChange({ ...s, defaultMinutes: n })} />
      </fieldset>
      <fieldset>
        <legend>Reminders</legend>
        <label class="inline">
          <input type="checkbox" checked={s.notifications} onChange={(e) => onChange({ ...s, notifications: e.currentTarget.checked })} /> Show notifications (the toolbar badge always counts what's due)
        </label>
        <label class="inline">
          <input type="checkbox" checked={s.quietHours.enabled} onChange={(e) => onChange({ ...s, quietHours: { ...s.quietHours, enabled: e.currentTarget.checked } })} /> Quiet hours
        </label>
        {s.quietHours.enabled && (
          <div class="row">
            <NumberField id="quiet-start" label="Quiet from (hour)" value={s.quietHours.start} min={0} max={23} onInput={(n) => onChange({ ...s, quietHours: { ...s.quietHours, start: n } })} />
            <NumberField id="quiet-end" label="until (hour)" value={s.quietHours.end} min={0} max={23} onInput={(n) => onChange({ ...s, quietHours: { ...s.quietHours, end: n } })} />
          </div>
        )}
        <NumberField id="n-checkin" label="Gentle check-in after (days)" value={s.nudges.checkInAfterDays} min={1} max={60} onInput={nudge('checkInAfterDays')} />
        <NumberField id="n-close" label="Suggest moving on after a further (days)" value={s.nudges.closeOutAfterDays} min={1} max={90} onInput={nudge('closeOutAfterDays')} />
        <NumberField id="n-report" label="Report back after (days)" value={s.nudges.reportBackAfterDays} min={7} max={365} onInput={nudge('reportBackAfterDays')} />
        <NumberField id="n-cadence" label="Mentoring check-in every (days)" value={s.nudges.cadenceDays} min={7} max={180} onInput={nudge('cadenceDays')} />
      </fieldset>
    </>
  );
}
