import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { OwnAffirmation } from '../core/own-affirmations';
import { t } from '../ui/i18n';
import { OwnAffirmationField } from './own-affirmation-field';

/** The buttons of a row, named so focus can be put back on the right one after a change. */
export type RowAction = 'edit' | 'up' | 'down' | 'remove';

/** Saved, or not: with words for the field when the reason belongs there. */
export type SaveOutcome = { saved: true } | { saved: false; error?: string };

export interface OwnAffirmationItemProps {
  item: OwnAffirmation;
  first: boolean;
  last: boolean;
  disabled: boolean;
  /** Saves new words; the editor stays open with them when they can't be saved. */
  onSave: (text: string) => Promise<SaveOutcome>;
  /** Checks words as they are typed (too long), without saving. */
  check: (text: string) => string | undefined;
  onMove: (action: 'up' | 'down') => void;
  onRemove: () => void;
}

/** One affirmation: its words with Edit, Move up, Move down and Remove, or edited in place. */
export function OwnAffirmationItem({ item, first, last, disabled, onSave, check, onMove, onRemove }: OwnAffirmationItemProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const editing = draft !== undefined;

  // Into the text box when editing starts; back to Edit when it ends.
  useEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const close = () => {
    setDraft(undefined);
    setError(undefined);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (draft === undefined || saving) return;
    setSaving(true);
    const outcome = await onSave(draft);
    setSaving(false);
    if (outcome.saved) close();
    else setError(outcome.error);
  };

  if (editing) {
    return (
      <li class="own-affirmation own-affirmation--editing">
        <form onSubmit={(event) => void save(event)}>
          <OwnAffirmationField
            id={id}
            label={t('ownAffirmationEditLabel')}
            text={draft}
            error={error}
            disabled={disabled}
            inputRef={input}
            onText={(text) => {
              setDraft(text);
              setError(check(text));
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              close();
            }}
          />
          <div class="own-affirmation__actions">
            <button type="submit" disabled={disabled || saving}>
              {t('ownAffirmationSave')}
            </button>
            <button type="button" class="quiet" onClick={close}>
              {t('ownAffirmationCancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  const textId = `${id}-text`;
  const button = (action: RowAction, label: string, onClick: () => void, off = false) => (
    <button
      ref={action === 'edit' ? editButton : undefined}
      type="button"
      class="quiet"
      data-action={action}
      disabled={disabled || off}
      aria-describedby={textId}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <li class="own-affirmation" data-own-affirmation={item.id}>
      <span id={textId} class="own-affirmation__text">
        {item.text}
      </span>
      <div class="own-affirmation__actions">
        {button('edit', t('ownAffirmationEdit'), () => setDraft(item.text))}
        {button('up', t('ownAffirmationMoveUp'), () => onMove('up'), first)}
        {button('down', t('ownAffirmationMoveDown'), () => onMove('down'), last)}
        {button('remove', t('ownAffirmationRemove'), onRemove)}
      </div>
    </li>
  );
}
