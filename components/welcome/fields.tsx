import type { ComponentChildren } from 'preact';

/** A labelled input; `hint` becomes its accessible description. */
export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} class="muted field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function TextField({ id, label, hint, value, onInput, multiline }: { id: string; label: string; hint?: string; value: string; onInput: (v: string) => void; multiline?: boolean }) {
  const common = { id, value, 'aria-describedby': hint ? `${id}-hint` : undefined };
  return (
    <Field id={id} label={label} hint={hint}>
      {multiline ? (
        <textarea {...common} rows={2} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </Field>
  );
}
