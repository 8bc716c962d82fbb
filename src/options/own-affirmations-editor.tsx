import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import * as own from '../core/own-affirmations';
import { t, type MessageKey } from '../ui/i18n';
import { unusedAffirmationId } from '../ui/new-affirmation-id';
import { OwnAffirmationField, charactersLeft } from './own-affirmation-field';
import { OwnAffirmationItem, type RowAction, type SaveOutcome } from './own-affirmation-item';
import type { OwnAffirmationEdits, OwnAffirmationsProblem } from './use-own-affirmation-edits';

const { count: MAX_COUNT, characters: MAX_CHARACTERS } = own.ownAffirmationLimits;

const storageWords: Record<OwnAffirmationsProblem, MessageKey> = {
  'item-too-large': 'ownAffirmationsNoRoom',
  'area-full': 'ownAffirmationsNoRoom',
  'too-many-items': 'ownAffirmationsNoRoom',
  'too-many-writes': 'ownAffirmationsTooManyWrites',
  'read-only': 'ownAffirmationsReadOnly',
  other: 'ownAffirmationsSaveProblem',
};

/** Beside one that isn't saved: the few words of why. */
const unsavedWords: Record<OwnAffirmationsProblem, MessageKey> = {
  'item-too-large': 'ownAffirmationNotSavedNoRoom',
  'area-full': 'ownAffirmationNotSavedNoRoom',
  'too-many-items': 'ownAffirmationNotSavedNoRoom',
  'too-many-writes': 'ownAffirmationNotSaved',
  'read-only': 'ownAffirmationNotSaved',
  other: 'ownAffirmationNotSaved',
};

function problemWords(problem: own.OwnAffirmationProblem): string {
  switch (problem) {
    case 'empty':
      return t('ownAffirmationEmpty');
    case 'too-long':
      return t('ownAffirmationTooLong', String(MAX_CHARACTERS));
    case 'too-many':
      return t('ownAffirmationFull', String(MAX_COUNT));
    case 'not-found':
      return t('ownAffirmationChangedElsewhere');
  }
}

/** Too long is said while typing; empty only when saving is tried. */
const checkTyped = (text: string) => (charactersLeft(text) < 0 ? problemWords('too-long') : undefined);

export interface OwnAffirmationsEditorProps {
  edits: OwnAffirmationEdits;
  disabled: boolean;
}

/**
 * The person's own affirmations: a list to edit in place, reorder and remove (with Undo), and a
 * field to add one, with the limits shown as they near. Focus stays where the person is working.
 */
export function OwnAffirmationsEditor({ edits, disabled }: OwnAffirmationsEditorProps) {
  const id = useId();
  // Fixed, so the page's list of sections can link to it (there is one editor on a page).
  const heading = 'own-affirmations-heading';
  const list = edits.list ?? [];
  const [text, setText] = useState('');
  const [addError, setAddError] = useState<string>();
  const [removed, setRemoved] = useState<own.OwnAffirmation>();
  const container = useRef<HTMLElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<{ id: string; action: RowAction } | 'undo' | undefined>(undefined);

  // After a change has rendered, focus goes back to the button the person used (or its neighbour
  // when that one is no longer usable: Move up on what is now the first item). A layout effect:
  // a plain one left over from an earlier render could run first, against the old order.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = undefined;
    if (request === 'undo') {
      undo.current?.focus();
      return;
    }
    const row = [...(container.current?.querySelectorAll<HTMLElement>('[data-own-affirmation]') ?? [])].find(
      (element) => element.dataset.ownAffirmation === request.id,
    );
    const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button[data-action]') ?? [])];
    const opposite: Partial<Record<RowAction, RowAction>> = { up: 'down', down: 'up' };
    const usable = (action: RowAction | undefined) => buttons.find((button) => button.dataset.action === action && !button.disabled);
    (usable(request.action) ?? usable(opposite[request.action]) ?? usable('edit'))?.focus();
  });

  const add = (event: Event) => {
    event.preventDefault();
    const change = own.add(list, text, unusedAffirmationId(list));
    if (!own.isWrite(change)) return setAddError(problemWords(change.problem));
    setText('');
    setAddError(undefined);
    // Refused by the browser, the words stay in the list, marked, to try again (see edits.unsaved).
    void edits.apply(change);
  };

  const save = async (item: own.OwnAffirmation, words: string): Promise<SaveOutcome> => {
    const change = own.edit(list, item.id, words);
    if (!own.isWrite(change)) return { saved: false, error: problemWords(change.problem) };
    // A storage problem is said once, above the add field; the words stay in the box.
    return { saved: (await edits.apply(change)) === undefined };
  };

  const retry = async (item: own.OwnAffirmation): Promise<boolean> => {
    const change = own.edit(list, item.id, item.text);
    return own.isWrite(change) && (await edits.apply(change)) === undefined;
  };

  const moveItem = (item: own.OwnAffirmation, index: number, action: 'up' | 'down') => {
    const change = own.move(list, item.id, action === 'up' ? index - 1 : index + 1);
    if (!own.isWrite(change)) return;
    focusRequest.current = { id: item.id, action };
    void edits.apply(change);
  };

  const removeItem = (item: own.OwnAffirmation) => {
    const change = own.remove(list, item.id);
    if (!own.isWrite(change)) return;
    setRemoved(item);
    focusRequest.current = 'undo';
    void edits.apply(change).then((problem) => problem && setRemoved(undefined));
  };

  const putBack = () => {
    if (!removed) return;
    const change = own.restore(list, removed);
    if (!own.isWrite(change)) return setAddError(problemWords(change.problem));
    focusRequest.current = { id: removed.id, action: 'edit' };
    setRemoved(undefined);
    void edits.apply(change);
  };

  return (
    <section ref={container} class="options-section own-affirmations" aria-labelledby={heading}>
      <h2 id={heading}>{t('ownAffirmationsHeading')}</h2>
      <p class="field__hint">{t('ownAffirmationsIntro')}</p>
      <p class="own-affirmations__count" aria-live="polite">
        {t('ownAffirmationsCount', String(list.length), String(MAX_COUNT))}
      </p>
      {edits.list && list.length === 0 && <p class="muted">{t('ownAffirmationsNoneYet')}</p>}
      {list.length > 0 && (
        <ol class="own-affirmations__list" aria-label={t('ownAffirmationsList')}>
          {list.map((item, index) => {
            const unsaved = edits.unsaved[item.id];
            return (
              <OwnAffirmationItem
                key={item.id}
                item={item}
                first={index === 0}
                last={index === list.length - 1}
                disabled={disabled}
                unsaved={unsaved && t(unsavedWords[unsaved.problem])}
                check={checkTyped}
                onSave={(words) => save(item, words)}
                onMove={(action) => moveItem(item, index, action)}
                onRemove={() => removeItem(item)}
                onRetry={() => retry(item)}
              />
            );
          })}
        </ol>
      )}
      <p class="own-affirmations__removed" role="status">
        {removed && (
          <>
            {t('ownAffirmationRemoved', removed.text)}{' '}
            <button ref={undo} type="button" class="link" onClick={putBack}>
              {t('ownAffirmationUndo')}
            </button>
          </>
        )}
      </p>
      {/* Inserted only when there is something to say (an alert is announced as it appears), so
          the page's own save notice stays the one alert region while all is well. */}
      {edits.problem && (
        <div role="alert" class="notice">
          <p>{t(storageWords[edits.problem])}</p>
        </div>
      )}
      <form class="own-affirmations__add" onSubmit={add}>
        <OwnAffirmationField
          id={`${id}-new`}
          label={t('ownAffirmationAddLabel')}
          text={text}
          error={addError}
          disabled={disabled || !edits.list}
          onText={(typed) => {
            setText(typed);
            setAddError(checkTyped(typed));
          }}
        />
        {list.length >= MAX_COUNT && <p class="field__hint">{t('ownAffirmationFull', String(MAX_COUNT))}</p>}
        <button type="submit" class="quiet" disabled={disabled || !edits.list}>
          {t('ownAffirmationAdd')}
        </button>
      </form>
    </section>
  );
}
