import { useState } from 'preact/hooks';
// Not the polyfill: getManifest() is synchronous everywhere (lib/popup/tracker-link.ts says why).
import { browser } from '@wxt-dev/browser';
import type { Reading } from '../../lib/linkedin/schema';

/**
 * What a bug report needs when LinkedIn ships its next redesign, and no personal
 * data: the page generation, who viewed, and which section readers found nothing.
 */
export function diagnostics(reading: Reading | null, version: string): string {
  return JSON.stringify(
    {
      coffeeChat: version,
      generation: reading?.generation ?? 'not-read',
      viewer: reading?.viewer ?? 'unknown',
      missing: reading?.missing ?? [],
      counts: reading && {
        experience: reading.profile.experience.length,
        education: reading.profile.education.length,
        activity: reading.profile.activity.length,
        featured: reading.profile.featured.length,
        skills: reading.profile.skills.length,
      },
    },
    null,
    2,
  );
}

export function CopyDiagnostics({ reading }: { reading: Reading | null }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(diagnostics(reading, browser.runtime.getManifest().version));
    setCopied(true);
  };
  return (
    <button type="button" class="small" onClick={copy} title="Copies which parts of the page we could not read. No names or profile text.">
      {copied ? 'Diagnostics copied' : 'Copy diagnostics'}
    </button>
  );
}
