import type { ImportPreview as Preview, ImportSummary } from '../../lib/tracker';

const MAX_LISTED = 50;
const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "2 added, 1 updated, 0 unchanged (3 steps and 1 note added)": the same line before and after. */
export function changeLine(s: Preview): string {
  const journals = s.mentorships ? `, ${n(s.mentorships, 'mentorship journal')}` : '';
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged (${n(s.eventsAdded, 'step')}, ${n(s.notesAdded, 'note')}${journals})`;
}

/** After the import: what changed, and exactly which records were left out. */
export function summaryText(s: ImportSummary): string {
  const left = s.problems.length ? ` Left out ${n(s.problems.length, 'record')}: ${s.problems.slice(0, 5).map((p) => p.reason).join('; ')}${s.problems.length > 5 ? '; and the rest listed above' : ''}.` : '';
  const names = s.merged.slice(0, 5).map((m) => m.name).join(', ') + (s.merged.length > 5 ? ', …' : '');
  const merged = s.merged.length
    ? ` ${s.merged.length} ${s.merged.length === 1 ? 'person has' : 'people have'} steps both here and in the file that the other lacked (${names}): their timelines now hold both, in time order, and their stage is from the copy that got further. Check them.`
    : '';
  const nothing = s.added + s.updated + s.eventsAdded + s.notesAdded + s.mentorships === 0 ? ' Nothing in it was new, so nothing changed.' : '';
  return `Imported: ${changeLine(s)}.${nothing}${left}${merged}`;
}

/**
 * What a file would change, before anything does: the counts, every problem with its
 * reason, and the choice. A file with problems is imported only without the listed records, and only
 * when the user says so; "Don't import" leaves everything as it was.
 */
export function ImportPreview({ name, preview, onImport, onCancel }: { name: string; preview: Preview; onImport: (without: boolean) => void; onCancel: () => void }) {
  const { problems } = preview;
  const nothingNew = preview.added + preview.updated + preview.eventsAdded + preview.notesAdded + preview.mentorships === 0;
  return (
    <div class="card import-preview" role="region" aria-label="Import preview">
      <h3>{name}: nothing has changed yet</h3>
      <p>If imported: {changeLine(preview)}.</p>
      {nothingNew && <p class="muted">Everything in this file is already here.</p>}
      {problems.length > 0 && (
        <>
          <p class="error" role="alert">
            {n(problems.length, 'record has a problem', 'records have problems')} and can't be imported. The file can be imported
            without {problems.length === 1 ? 'it' : 'them'}, or not at all.
          </p>
          <ul aria-label="Problems">
            {problems.slice(0, MAX_LISTED).map((p) => <li key={`${p.what}-${p.index}`}>{p.reason}</li>)}
            {problems.length > MAX_LISTED && <li>…and {problems.length - MAX_LISTED} more of the same kind.</li>}
          </ul>
        </>
      )}
      <div class="row">
        {problems.length === 0 ? (
          <button type="button" onClick={() => onImport(false)} disabled={nothingNew}>Import</button>
        ) : (
          <button type="button" onClick={() => onImport(true)}>Import without the {n(problems.length, 'record')} listed</button>
        )}
        <button type="button" onClick={onCancel}>{problems.length ? "Don't import (change nothing)" : 'Cancel'}</button>
      </div>
    </div>
  );
}
