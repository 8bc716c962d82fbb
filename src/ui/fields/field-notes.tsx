/** The ids of a field's hint and error, for the control's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/**
 * The hint under a field, and the reason a value can't be used. The error line is always there
 * (empty when all is well) so screen readers announce it politely as it appears.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} class="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </>
  );
}
