import { useId } from 'preact/hooks';
import { RESULT_MAX } from '../lib/compose/limits';

/**
 * The report-back's own field: what the user did with their advice and what came of it. A report-back
 * without it can only promise news ("I'd like to tell you how it's going"); with it, the draft says
 * "Following your advice to …, I …" in the user's words (ARCHITECTURE.md §5).
 */
export function ReportBackResult({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div class="report-result">
      <label for={id}>What did you do with their advice, and what came of it?</label>
      <textarea id={id} rows={2} maxLength={RESULT_MAX} value={value} placeholder="I rebuilt the weekly deck around one number per slide; the managers now ask about the numbers"
        onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)} />
    </div>
  );
}
