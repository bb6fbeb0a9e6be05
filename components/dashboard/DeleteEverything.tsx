import { useState } from 'preact/hooks';
import { command } from '../../lib/dashboard/command';

/**
 * "Delete everything" says what goes and what stays before it asks, and offers the
 * export first: nothing deleted here can be undone.
 */
export function DeleteEverything({ onExport, run }: { onExport: () => Promise<void>; run: (busy: string, fn: () => Promise<string>) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="card">
      <h2>Delete everything</h2>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>Delete everything…</button>
      ) : (
        <div role="alertdialog" aria-label="Confirm delete" aria-describedby="delete-what">
          <div id="delete-what">
            <p>This deletes, from this browser, and can't be undone:</p>
            <ul>
              <li>every person, with their steps, notes, tags and chats;</li>
              <li>every mentorship journal;</li>
              <li>the popup's unsaved drafts and the memory of which reminders were shown.</li>
            </ul>
            <p>Your settings stay (about you, your goals, reminder times): change them under Settings.</p>
            <p>Export first if you may want any of it back.</p>
          </div>
          <div class="row">
            <button type="button" onClick={() => void onExport()}>Export everything first (JSON)</button>
            <button type="button" class="danger" onClick={() => (setConfirming(false), void run('Deleting…', async () => (await command({ name: 'delete-everything' }), 'Everything was deleted. Your settings were kept.')))}>Yes, delete everything</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      )}
    </div>
  );
}
