import { useId, useState } from 'preact/hooks';
import { emotionWords as bundledWords, MAX_EMOTION_PICKS, quadrants, type EmotionWord, type Quadrant } from '../../core/emotions';
import { messagesLanguage, t } from '../i18n';
import { exerciseText } from './exercise-text';
import { PickToggles } from './pick-toggles';
import { QuadrantChoice } from './quadrant-choice';
import { SupportNotice } from './support-notice';

/** Enough to choose from in a small popup; the rest are one press away. */
const SHOWN_FIRST = 12;

export interface EmotionPickerProps {
  /** The quadrant chosen, if any: the runner keeps it with the words (see "Pop out"). */
  quadrant: Quadrant | undefined;
  onQuadrant: (quadrant: Quadrant) => void;
  picked: readonly string[];
  onChange: (picked: string[]) => void;
  /** Each quadrant's words, mild to intense; the bundled list unless given. */
  words?: Readonly<Record<Quadrant, readonly EmotionWord[]>>;
}

/** Name it: a quadrant first, then up to two precise words, from any quadrant (feelings mix). */
export function EmotionPicker({ quadrant, onQuadrant, picked, onChange, words = bundledWords }: EmotionPickerProps) {
  const id = useId();
  const all = quadrant ? words[quadrant] : [];
  // A word picked beyond the first dozen (before popping out) is shown, not hidden behind "More".
  const [expanded, setExpanded] = useState(() => all.slice(SHOWN_FIRST).some((word) => picked.includes(word.id)));
  const shown = expanded ? all : all.slice(0, SHOWN_FIRST);
  const known = quadrants.flatMap((each) => words[each]);
  const pickedWords = picked.flatMap((pick) => known.filter((word) => word.id === pick));

  const choose = (next: Quadrant) => {
    onQuadrant(next);
    setExpanded(false);
  };

  return (
    <div class="runner-step emotion-picker">
      <QuadrantChoice value={quadrant} onChange={choose} />
      {quadrant && (
        <div class="emotion-picker__words">
          <p id={`${id}-words`} class="runner-step__text">
            {t('emotionPickerWordsLabel')}
          </p>
          <PickToggles
            key={quadrant}
            choices={shown.map((word) => ({ id: word.id, label: exerciseText(word.key) }))}
            picked={picked}
            max={MAX_EMOTION_PICKS}
            onChange={onChange}
            limitMessage={t('emotionPickerLimit')}
            labelledBy={`${id}-words`}
            focusIndex={expanded ? SHOWN_FIRST : undefined}
          />
          {!expanded && all.length > SHOWN_FIRST && (
            <button type="button" class="quiet" onClick={() => setExpanded(true)}>
              {t('emotionPickerMoreWords')}
            </button>
          )}
          {/* A judgement like "worthless" isn't offered as a feeling to name; what it needs is here instead. */}
          {quadrant === 'unpleasant-low' && (
            <p class="muted runner-small emotion-picker__heavy">
              {t('emotionPickerHeavyThought')}{' '}
              <a href="support.html" target="_blank" rel="noopener">
                {t('emotionPickerSupportLink')}
              </a>
            </p>
          )}
        </div>
      )}
      {pickedWords.length > 0 && (
        <p class="muted runner-small">
          {t('emotionPickerNamed', new Intl.ListFormat(messagesLanguage()).format(pickedWords.map((word) => exerciseText(word.key))))}
        </p>
      )}
      {/* Said gently and once: some words deserve a way to more help than a pause can give. */}
      <div role="status">{pickedWords.some((word) => word.offerSupport) && <SupportNotice />}</div>
    </div>
  );
}
