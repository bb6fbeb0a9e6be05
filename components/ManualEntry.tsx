import { useState } from 'preact/hooks';
import { profileSlugFromUrl } from '../lib/linkedin';
import { emptyProfile, type Profile } from '../lib/linkedin/schema';

/**
 * When a page can't be read, the user types the essentials and still gets a
 * draft.
 */
export function ManualEntry({ url, onDone }: { url: string | null; onDone: (p: Profile) => void }) {
  const [f, setF] = useState({ url: url && profileSlugFromUrl(url) ? url : '', name: '', headline: '', title: '', company: '', location: '' });
  const [error, setError] = useState<string | null>(null);
  const field = (k: keyof typeof f, label: string, hint?: string) => (
    <div>
      <label for={`manual-${k}`}>{label}</label>
      <input id={`manual-${k}`} value={f[k]} placeholder={hint} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
    </div>
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const slug = profileSlugFromUrl(f.url.trim());
    if (!slug) return setError('Paste their LinkedIn profile address, like https://www.linkedin.com/in/their-name/.');
    if (!f.name.trim()) return setError('Type their name, so the draft can greet them.');
    const p = emptyProfile(`https://www.linkedin.com/in/${slug}/`, slug);
    const name = f.name.trim();
    onDone({
      ...p,
      fullName: name,
      firstName: name.split(/\s+/)[0] ?? name,
      headline: f.headline.trim() || null,
      location: f.location.trim() || null,
      current: f.title.trim() || f.company.trim() ? { title: f.title.trim(), company: f.company.trim() } : null,
    });
  };
  return (
    <form class="manual-entry card" onSubmit={submit} aria-label="Type the details in by hand">
      <h2>Type the details in by hand</h2>
      {field('url', 'LinkedIn profile address', 'https://www.linkedin.com/in/…')}
      {field('name', 'Name')}
      {field('headline', 'Headline')}
      {field('title', 'Current role')}
      {field('company', 'Company')}
      {field('location', 'Location')}
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">Use these details</button>
    </form>
  );
}
