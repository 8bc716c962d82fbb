import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OwnAffirmation } from '../core/own-affirmations';
import { t } from '../ui/i18n';
import { OwnAffirmationField } from './own-affirmation-field';

/** The buttons of a row, named so focus can be put back on the right one after a change. */
export type RowAction = 'edit' | 'up' | 'down' | 'remove' | 'retry';

/** Saved, or not: with words for the field when the reason belongs there. */
export type SaveOutcome = { saved: true } | { saved: false; error?: string };

export interface OwnAffirmationItemProps {
  item: OwnAffirmation;
  first: boolean;
  last: boolean;
  disabled: boolean;
  /** Why the browser refused to store it, in a few words, when it isn't saved: it can be tried again. */
  unsaved?: string;
  /** Saves new words; the editor stays open with them when they can't be saved. */
  onSave: (text: string) => Promise<SaveOutcome>;
  /** Checks words as they are typed (too long), without saving. */
  check: (text: string) => string | undefined;
  onMove: (action: 'up' | 'down') => void;
  onRemove: () => void;
  /** Tries to store an unsaved one again; resolves to whether it was. */
  onRetry: () => Promise<boolean>;
}

/**
 * One affirmation: its words with Edit, Move up, Move down and Remove, or edited in place. One
 * the browser refused to store says so beside its words, with Try again instead of the moves.
 */
export function OwnAffirmationItem({ item, first, last, disabled, unsaved, onSave, check, onMove, onRemove, onRetry }: OwnAffirmationItemProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const retrying = useRef(false);
  const refocus = useRef(false);
  const editing = draft !== undefined;

  // Into the text box when editing starts; back to Edit when it ends.
  useEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // Saved at last: Try again is gone, so focus (if it was there) moves to Edit.
  useLayoutEffect(() => {
    if (unsaved || !refocus.current) return;
    refocus.current = false;
    if (document.activeElement === document.body || document.activeElement === null) editButton.current?.focus();
  }, [unsaved]);

  const retry = async (event: MouseEvent) => {
    if (retrying.current) return;
    retrying.current = true;
    refocus.current = document.activeElement === event.currentTarget;
    if (!(await onRetry())) refocus.current = false;
    retrying.current = false;
  };

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
  const unsavedId = `${id}-unsaved`;
  // Keyed, so the buttons both kinds of row share stay the same elements (and keep focus) when a
  // row turns from saved to unsaved or back.
  const button = (action: RowAction, label: string, onClick: (event: MouseEvent) => void, off = false) => (
    <button
      key={action}
      ref={action === 'edit' ? editButton : undefined}
      type="button"
      class="quiet"
      data-action={action}
      disabled={disabled || off}
      aria-describedby={unsaved ? `${textId} ${unsavedId}` : textId}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <li class={unsaved ? 'own-affirmation own-affirmation--unsaved' : 'own-affirmation'} data-own-affirmation={item.id}>
      <span id={textId} class="own-affirmation__text">
        {item.text}
      </span>
      {unsaved && (
        <p id={unsavedId} class="own-affirmation__unsaved">
          {unsaved}
        </p>
      )}
      <div class="own-affirmation__actions">
        {unsaved && button('retry', t('ownAffirmationTryAgain'), (event) => void retry(event))}
        {button('edit', t('ownAffirmationEdit'), () => setDraft(item.text))}
        {!unsaved && button('up', t('ownAffirmationMoveUp'), () => onMove('up'), first)}
        {!unsaved && button('down', t('ownAffirmationMoveDown'), () => onMove('down'), last)}
        {button('remove', t('ownAffirmationRemove'), onRemove)}
      </div>
    </li>
  );
}
