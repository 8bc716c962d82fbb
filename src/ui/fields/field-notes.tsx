/** The ids of a field's hint, note and error, for the control's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string, note?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/**
 * The hint under a field, a note on its value (such as "not saved yet"), and the reason a value
 * can't be used. The error line is always there (empty when all is well) so screen readers
 * announce it politely as it appears; the note is announced with the page's own notice.
 */
export function FieldNotes({ id, hint, note, error }: { id: string; hint?: string | undefined; note?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} class="field__note">
          {note}
        </p>
      )}
      <p id={`${id}-error`} class="field__error" aria-live="polite">
        {error ?? ''}
      </p>
    </>
  );
}
