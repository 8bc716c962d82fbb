import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayListKey } from '../core/day-lists';
import type { ListedExercise } from '../core/exercises/listed';
import { suggestExercise, type RecentPractice } from '../core/exercises/suggest';
import { readItems, type Items } from '../platform/storage-read';
import { t } from '../ui/i18n';
import { ExerciseButton } from './exercise-list';
import type { CheckedParts } from './use-checked-parts';

const DAY = 86_400_000;

/** The journal's lists of today and yesterday, as stored: enough to avoid suggesting the same thing again. */
function useRecentJournal(now: number): Items | undefined {
  const [recent, setRecent] = useState<Items>();
  useEffect(() => {
    let live = true;
    void readItems('local', [dayListKey('journal', now), dayListKey('journal', now - DAY)]).then((items) => {
      if (live) setRecent(items);
    });
    return () => {
      live = false;
    };
  }, [now]);
  return recent;
}

/** One exercise for now, once the journal of the last two days is read and can be checked (`journalEntries`). */
export function useSuggestion(now: number, exercises: readonly ListedExercise[], journalEntries: CheckedParts['journalEntries'] | undefined): ListedExercise | undefined {
  const stored = useRecentJournal(now);
  const recent = useMemo<RecentPractice[] | undefined>(() => stored && journalEntries?.(stored), [stored, journalEntries]);
  return recent && suggestExercise(now, recent, exercises);
}

interface Props {
  suggestion: ListedExercise | undefined;
  breathingMinutes: number;
  onStart: (exercise: ListedExercise) => void;
}

/** The suggestion, as the popup's one filled button unless a waiting reminder is (popup.css). */
export function Suggested({ suggestion, breathingMinutes, onStart }: Props) {
  return (
    <section class="suggested" aria-labelledby="suggested-heading">
      <h2 id="suggested-heading">{t('popupSuggested')}</h2>
      {suggestion && <ExerciseButton exercise={suggestion} breathingMinutes={breathingMinutes} onStart={onStart} />}
    </section>
  );
}
