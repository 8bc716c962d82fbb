import type { ComponentChildren } from 'preact';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { openTab } from '../../platform/tabs';
import { t } from '../i18n';
import { ClosingTouch } from './closing-touch';
import { exerciseText } from './exercise-text';
import { UnsavedWords } from './unsaved-words';
import type { JournalOutcome } from './use-journal-on-finish';

export interface RunnerClosingProps {
  /** Message key of the exercise's closing line. */
  closing: string;
  endedEarly: boolean;
  /** What became of the journal entry, once known: nothing is said for one not kept (history off). */
  journal: JournalOutcome | undefined;
  /** It keeps a note or named feelings, not only that the pause happened. */
  keptWords: boolean;
  /** The notes the person asked to keep: handed back to them if the journal can't take them. */
  notes: readonly string[];
  /** Offer a short moment of soothing touch (not after a practice that had one). */
  offerTouch: boolean;
  onClose: () => void;
  /** What else the page offers at the end (the pause window: one more minute, another practice). */
  more?: ComponentChildren;
}

const openReflections = () => void openTab('reflections.html');

/** A kind last line, the same warmth whether the practice ran to the end or not. */
export function RunnerClosing({ closing, endedEarly, journal, keptWords, notes, offerTouch, onClose, more }: RunnerClosingProps) {
  const id = useId();
  const [touching, setTouching] = useState(false);
  const [touched, setTouched] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const endTouch = useCallback(() => setTouching(false), []);

  // The controls that had focus are gone; keep keyboard users in place (before a key can land elsewhere).
  useLayoutEffect(() => {
    if (!touching) closeButton.current?.focus();
  }, [touching]);

  if (touching) return <ClosingTouch onDone={endTouch} />;
  return (
    <div class="runner-closing runner-closing--end">
      <p id={id} class="runner-closing__line" role="status">
        {/* An early stop gets its own true line: the practice's closing speaks of the whole of it. */}
        {endedEarly ? `${t('runnerEndedEarly')} ${t('runnerEndedEarlyKind')}` : exerciseText(closing)}
      </p>
      {/* Says what was kept, and only once it is: nothing at all for a pause that isn't recorded. */}
      {journal === 'kept' && (
        <p class="muted runner-small">
          <button type="button" class="link" title={t('runnerOpenReflections')} onClick={openReflections}>
            {t(keptWords ? 'runnerSavedInJournal' : 'runnerPauseInJournal')}
          </button>{' '}
          {t('runnerJournalOnDevice')}
        </p>
      )}
      {journal === 'full' && <p class="runner-small">{t('runnerJournalFull')}</p>}
      {(journal === 'full' || journal === 'failed') && notes.length > 0 && <UnsavedWords notes={notes} />}
      {/* After the person's words: in the popup, opening Reflections closes it, and them with it. */}
      {journal === 'full' && (
        <p class="runner-small">
          <button type="button" class="link" onClick={openReflections}>
            {t('runnerJournalMakeRoom')}
          </button>
        </p>
      )}
      <div class="runner-controls__main">
        {/* Focus lands here, so the closing line is read with it. */}
        <button ref={closeButton} type="button" aria-describedby={id} onClick={onClose}>
          {t('runnerClose')}
        </button>
        {offerTouch && !touched && (
          <button
            type="button"
            class="quiet"
            onClick={() => {
              setTouching(true);
              setTouched(true);
            }}
          >
            {t('runnerTouchOffer')}
          </button>
        )}
      </div>
      {more}
    </div>
  );
}
