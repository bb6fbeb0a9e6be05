import { LIMITS } from '../lib/linkedin/limits';
import type { Profile } from '../lib/linkedin/schema';

type Editable = 'fullName' | 'firstName' | 'headline' | 'location' | 'about';
// The profile schema's own caps (lib/linkedin/limits.ts), so an edit can never make it unsaveable.
const FIELDS: [Editable, string, number][] = [
  ['fullName', 'Name', LIMITS.name],
  ['firstName', 'Greet them as', LIMITS.name],
  ['headline', 'Headline', LIMITS.headline],
  ['location', 'Location', LIMITS.short],
  ['about', 'About', LIMITS.about],
];

/** "connectionDegree" → "connection degree", "experience:loading" → "experience (still loading)": never internal names. */
export function readable(field: string): string {
  const [name = '', state] = field.split(':');
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return state === 'loading' ? `${words} (still loading)` : words;
}

/**
 * "What we read": every field can be corrected before drafting, so a
 * reader miss never forces a bad draft.
 */
export function ReadDetails({ profile, missing, onChange }: { profile: Profile; missing: string[]; onChange: (p: Profile) => void }) {
  const set = (k: Editable, v: string) => onChange({ ...profile, [k]: v.trim() ? v : null });
  const current = profile.current ?? { title: '', company: '' };
  const setCurrent = (part: 'title' | 'company', v: string) => {
    const next = { ...current, [part]: v };
    onChange({ ...profile, current: next.title || next.company ? next : null });
  };
  return (
    <details class="read-details">
      <summary>What we read</summary>
      {FIELDS.map(([k, label, max]) => (
        <div key={k}>
          <label for={`read-${k}`}>{label}</label>
          {k === 'about' ? (
            <textarea id={`read-${k}`} rows={3} maxLength={max} value={profile[k] ?? ''} onInput={(e) => set(k, e.currentTarget.value)} />
          ) : (
            <input id={`read-${k}`} maxLength={max} value={profile[k] ?? ''} onInput={(e) => set(k, e.currentTarget.value)} />
          )}
        </div>
      ))}
      <label for="read-title">Current role</label>
      <input id="read-title" maxLength={LIMITS.short} value={current.title ?? ''} onInput={(e) => setCurrent('title', e.currentTarget.value)} />
      <label for="read-company">Current company</label>
      <input id="read-company" maxLength={LIMITS.short} value={current.company} onInput={(e) => setCurrent('company', e.currentTarget.value)} />
      <p class="muted">
        Also read: {profile.experience.length} roles, {profile.education.length} schools, {profile.activity.length} posts or
        articles, {profile.featured.length} featured items, {profile.skills.length} skills.
      </p>
      {missing.length > 0 && <p class="muted">Not found on this page: {missing.map(readable).join(', ')}.</p>}
    </details>
  );
}
