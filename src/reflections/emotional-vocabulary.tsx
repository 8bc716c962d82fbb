import { useId, useMemo } from 'preact/hooks';
import { emotionWordById, quadrantLabels, quadrants } from '../core/emotions';
import type { JournalEntry } from '../core/journal';
import { emotionalVocabulary, type Vocabulary } from '../core/reflections/vocabulary';
import { t, type MessageKey } from '../ui/i18n';

export interface EmotionalVocabularyProps {
  /** The journal, newest first. */
  entries: readonly JournalEntry[];
  now: number;
}

/**
 * "You named 7 different feelings this month. 3 of them are new to your journal." Both months'
 * numbers are said plainly and never compared: this is for noticing, not a score.
 */
function summary({ thisMonthCount: count, newCount, lastMonthCount }: Vocabulary): string[] {
  const sentences = [count === 0 ? t('vocabularyNone') : count === 1 ? t('vocabularyThisMonthOne') : t('vocabularyThisMonthOther', String(count))];
  if (count === 1 && newCount === 1) sentences.push(t('vocabularyNewOnly'));
  else if (newCount > 1 && newCount === count) sentences.push(t('vocabularyNewAll'));
  else if (newCount === 1) sentences.push(t('vocabularyNewOne'));
  else if (newCount > 1) sentences.push(t('vocabularyNewOther', String(newCount)));
  if (lastMonthCount === 1) sentences.push(t('vocabularyLastMonthOne'));
  else if (lastMonthCount > 1) sentences.push(t('vocabularyLastMonthOther', String(lastMonthCount)));
  return sentences;
}

/** This month's feeling words, grouped by the quadrant they came from, the new ones marked in words. */
export function EmotionalVocabulary({ entries, now }: EmotionalVocabularyProps) {
  const vocabulary = useMemo(() => emotionalVocabulary(entries, now), [entries, now]);
  const headingId = useId();
  return (
    <section class="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('vocabularyHeading')}</h2>
      <p class="muted">{t('vocabularyIntro')}</p>
      <p>{summary(vocabulary).join(' ')}</p>
      {vocabulary.thisMonthCount > 0 && (
        <div class="insights-vocabulary">
          {quadrants
            .filter((quadrant) => vocabulary.thisMonth[quadrant].length > 0)
            .map((quadrant) => (
              <div class={`insights-vocabulary__group insights-vocabulary__group--${quadrant}`} key={quadrant}>
                <h3>{t(quadrantLabels[quadrant] as MessageKey)}</h3>
                <ul>
                  {vocabulary.thisMonth[quadrant].map(({ id, isNew }) => (
                    <li key={id}>
                      {t((emotionWordById(id)?.key ?? id) as MessageKey)}
                      {isNew && <span class="insights-new"> {t('vocabularyNewMark')}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      )}
    </section>
  );
}
