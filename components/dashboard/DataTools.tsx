import { useState } from 'preact/hooks';
import { parseSettings, type Settings } from '../../lib/settings/schema';
import { now } from '../../lib/shared/clock';
import { getDb } from '../../lib/shared/tracker-db';
import { command } from '../../lib/dashboard/command';
import { saveSettings } from '../../lib/shared/settings-store';
import { exportCsv, exportFileName, exportJson, type ImportSummary } from '../../lib/tracker';
import { downloadText } from './download';

type Status = { kind: 'busy' | 'ok' | 'error'; text: string } | null;

function summaryText(s: ImportSummary): string {
  const skipped = s.skipped.length
    ? ` Skipped ${s.skipped.length}: ${s.skipped.slice(0, 5).map((x) => x.reason).join('; ')}${s.skipped.length > 5 ? '; …' : ''}.`
    : '';
  const names = s.merged.slice(0, 5).map((m) => m.name).join(', ') + (s.merged.length > 5 ? ', …' : '');
  const merged = s.merged.length
    ? ` ${s.merged.length} ${s.merged.length === 1 ? 'person has' : 'people have'} steps both here and in the file that the other lacked (${names}): their timelines now hold both, in time order, and their stage is from the copy that got further. Check them.`
    : '';
  return `Imported: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged (${s.eventsAdded} steps and ${s.notesAdded} notes added).${s.mentorships ? ` ${s.mentorships} mentorship ${s.mentorships === 1 ? 'journal' : 'journals'} added or updated.` : ''}${skipped}${merged}`;
}

/** Export, import and delete (issue 5): the data is the user's, and only leaves in a file they make. */
export function DataTools({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const run = async (busy: string, fn: () => Promise<string>) => {
    setStatus({ kind: 'busy', text: busy });
    try {
      setStatus({ kind: 'ok', text: await fn() });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };
  const exportAll = () => run('Exporting…', async () => {
    const t = await now();
    const json = await exportJson(getDb(), { now: t, settings });
    downloadText(exportFileName(t, 'json'), 'application/json', json);
    return 'Exported everything as JSON.';
  });
  const exportPeople = () => run('Exporting…', async () => {
    const t = await now();
    downloadText(exportFileName(t, 'csv'), 'text/csv', await exportCsv(getDb()));
    return 'Exported people as CSV.';
  });
  const importFile = (file: File) => run(`Importing ${file.name}…`, async () => {
    const summary = await command<ImportSummary>({ name: 'import', file: await file.text() });
    if (summary.settings !== undefined && !settings.onboarded) await saveSettings(parseSettings(summary.settings));
    return summaryText(summary);
  });
  return (
    <section class="data-tools" aria-label="Your data">
      <h1>Your data</h1>
      <p class="muted">Everything Coffee Chat knows is stored in this browser, on this computer. Nothing is sent anywhere.</p>
      <div class="card">
        <h2>Export</h2>
        <div class="row">
          <button type="button" onClick={exportAll}>Export everything (JSON)</button>
          <button type="button" onClick={exportPeople}>Export people (CSV)</button>
        </div>
      </div>
      <div class="card">
        <h2>Import</h2>
        <p class="muted">A Coffee Chat JSON export. People are matched by their profile address; nothing is duplicated, and a file with problems changes nothing.</p>
        <label for="import-file">Import a JSON export</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) void importFile(f);
          e.currentTarget.value = '';
        }} />
      </div>
      <div class="card">
        <h2>Delete everything</h2>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>Delete everything…</button>
        ) : (
          <div role="alertdialog" aria-label="Confirm delete" class="row">
            <p>This removes every person, step and note. Export first if you may want them back.</p>
            <button type="button" class="danger" onClick={() => (setConfirming(false), void run('Deleting…', async () => (await command({ name: 'delete-everything' }), 'Everything was deleted.')))}>Yes, delete everything</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        )}
      </div>
      {status && <p class={status.kind === 'error' ? 'error' : 'card'} role={status.kind === 'error' ? 'alert' : 'status'} aria-busy={status.kind === 'busy'}>{status.text}</p>}
    </section>
  );
}
