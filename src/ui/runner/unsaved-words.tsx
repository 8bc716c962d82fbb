import { useId, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface UnsavedWordsProps {
  /** The notes the person asked to keep, as they wrote them. */
  notes: readonly string[];
}

type Copying = 'idle' | 'copied' | 'refused';

/**
 * The person's own words, when the journal couldn't take them: in view, selectable and one press
 * from the clipboard, so closing the practice is the only way to lose them.
 */
export function UnsavedWords({ notes }: UnsavedWordsProps) {
  const id = useId();
  const [copying, setCopying] = useState<Copying>('idle');
  const text = notes.join('\n\n');
  // A browser without the clipboard API throws rather than rejects: both mean "copy it yourself".
  const copy = () =>
    void Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setCopying('copied'),
        () => setCopying('refused'),
      );
  return (
    <div class="runner-unsaved">
      <p id={id} class="runner-small">
        {t('runnerNoteNotSaved')}
      </p>
      <textarea class="runner-unsaved__words" readOnly aria-labelledby={id} value={text} rows={Math.min(6, text.split('\n').length + 1)} />
      <div class="runner-unsaved__copy">
        <button type="button" class="quiet" onClick={copy}>
          {t('runnerCopyNote')}
        </button>
        <span class="runner-small" role="status">
          {copying === 'copied' ? t('runnerNoteCopied') : copying === 'refused' ? t('runnerNoteCopyRefused') : ''}
        </span>
      </div>
    </div>
  );
}
