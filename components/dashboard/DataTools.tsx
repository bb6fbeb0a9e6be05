import { useState } from 'preact/hooks';
import { parseSettings, type Settings } from '../../lib/settings/schema';
import { now } from '../../lib/shared/clock';
import { getDb } from '../../lib/shared/tracker-db';
import { command } from '../../lib/dashboard/command';
import { saveSettings } from '../../lib/shared/settings-store';
import { exportCsv, exportFileName, exportJson, previewImport, type ImportPreview as Preview, type ImportSummary } from '../../lib/tracker';
import { DeleteEverything } from './DeleteEverything';
import { downloadText } from './download';
import { ImportPreview, summaryText } from './ImportPreview';

type Status = { kind: 'busy' | 'ok' | 'error'; text: string } | null;

/** Export, import and delete (issues 5, 15): the data is the user's, and only leaves in a file they make. */
export function DataTools({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ name: string; text: string; preview: Preview } | null>(null);
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
    downloadText(exportFileName(t, 'csv'), 'text/csv;charset=utf-8', await exportCsv(getDb()));
    return 'Exported people as CSV.';
  });
  // Read and check the whole file, then show what it would change: nothing is written yet.
  const chooseFile = (file: File) => {
    setPending(null);
    void run(`Reading ${file.name}…`, async () => {
      const text = await file.text();
      setPending({ name: file.name, text, preview: await previewImport(getDb(), text) });
      return `Checked ${file.name}. Nothing has changed yet: see below.`;
    });
  };
  const confirmImport = (without: boolean) => {
    if (!pending) return;
    const { name, text } = pending;
    setPending(null);
    void run(`Importing ${name}…`, async () => {
      const summary = await command<ImportSummary>({ name: 'import', file: text, without });
      if (summary.settings !== undefined && !settings.onboarded) await saveSettings(parseSettings(summary.settings));
      return summaryText(summary);
    });
  };
  return (
    <section class="data-tools" aria-label="Your data">
      <h1>Your data</h1>
      <p class="muted">Everything Coffee Chat knows is stored in this browser, on this computer. Nothing is sent anywhere.</p>
      <div class="card">
        <h2>Export</h2>
        <p class="muted">The JSON file holds everything and can be imported back. The CSV is a list of people for a spreadsheet (Excel, Numbers, Google Sheets).</p>
        <div class="row">
          <button type="button" onClick={exportAll}>Export everything (JSON)</button>
          <button type="button" onClick={exportPeople}>Export people (CSV)</button>
        </div>
      </div>
      <div class="card">
        <h2>Import</h2>
        <p class="muted">
          A Coffee Chat JSON export. People are matched by their profile address, and nothing is duplicated. You see what the file
          would change before anything does; a file with problems changes nothing unless you choose to import it without the records listed.
        </p>
        <label for="import-file">Import a JSON export</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) chooseFile(f);
          e.currentTarget.value = '';
        }} />
        {pending && (
          <ImportPreview name={pending.name} preview={pending.preview} onImport={confirmImport}
            onCancel={() => (setPending(null), setStatus({ kind: 'ok', text: `Not imported: ${pending.name} changed nothing.` }))} />
        )}
      </div>
      <DeleteEverything onExport={exportAll} run={run} />
      {status && <p class={status.kind === 'error' ? 'error' : 'card'} role={status.kind === 'error' ? 'alert' : 'status'} aria-busy={status.kind === 'busy'}>{status.text}</p>}
    </section>
  );
}
