import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

interface Props {
  label: string;
  text: string;
  /** Resolves once saved; rejects (or says false) and the editor stays open with what was typed. */
  onSave: (text: string) => Promise<void>;
  onClose: () => void;
}

/** A note opened for editing in place: its own label, Save and Cancel; Esc cancels too. */
export function NoteEditor({ label, text, onSave, onClose }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);

  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={box}
        rows={3}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      />
      <div class="note-editor__actions">
        <button type="submit" disabled={saving}>
          {t('reflectionsSaveNote')}
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          {t('reflectionsCancelEdit')}
        </button>
      </div>
    </form>
  );
}
