import { listedSeconds, type ListedExercise } from '../core/exercises/listed';
import type { PopupArrangement } from '../core/exercises/popup-arrangement';
import { t, type MessageKey } from '../ui/i18n';
import { formatLength } from '../ui/format-length';
import { useRef } from 'preact/hooks';
import { practiceTitles } from '../ui/practice-titles';

interface StartProps {
  breathingMinutes: number;
  onStart: (exercise: ListedExercise) => void;
}

/** One exercise's row; `data-exercise` is where focus comes back to when it closes. */
export function ExerciseButton({ exercise, breathingMinutes, onStart }: { exercise: ListedExercise } & StartProps) {
  return (
    <button type="button" class="exercise" data-exercise={exercise.id} onClick={() => onStart(exercise)}>
      <span class="exercise__title">{t(exercise.title as MessageKey)}</span>
      <span class="exercise__length">{formatLength(listedSeconds(exercise, breathingMinutes))}</span>
    </button>
  );
}

/**
 * A practice shows its first few at once, so every practice is in the popup's first 600 px; the
 * rest are one press away. One left over is simply shown: a button in its place saves nothing.
 */
const SHOWN_FIRST = 3;

interface GroupProps extends StartProps {
  title: string;
  exercises: readonly ListedExercise[];
  /** Whether the person has asked for the rest of this group (kept while the popup is open). */
  open?: boolean;
  onOpen?: () => void;
}

function Group({ title, exercises, breathingMinutes, onStart, open = false, onOpen }: GroupProps) {
  const folded = !open && onOpen !== undefined && exercises.length > SHOWN_FIRST + 1;
  const shown = folded ? exercises.slice(0, SHOWN_FIRST) : exercises;
  const more = useRef<HTMLLIElement>(null);
  return (
    <div class="practice">
      <h3>{title}</h3>
      <ul>
        {shown.map((exercise, index) => (
          <li key={exercise.id} ref={index === SHOWN_FIRST ? more : undefined}>
            <ExerciseButton exercise={exercise} breathingMinutes={breathingMinutes} onStart={onStart} />
          </li>
        ))}
        {folded && (
          <li>
            <button
              type="button"
              class="exercise exercise--more"
              onClick={() => {
                onOpen();
                // The first of the rest takes the button's place, and the focus.
                requestAnimationFrame(() => more.current?.querySelector('button')?.focus());
              }}
            >
              {t('popupMoreInPractice', String(exercises.length - SHOWN_FIRST))}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/**
 * The exercises below the suggestion: the person's favourites, then the rest grouped by the
 * practice each belongs to (popup-arrangement.ts: none is listed twice).
 */
export interface ExerciseListProps extends StartProps {
  arrangement: PopupArrangement<ListedExercise>;
  /** The practices whose every exercise the person asked to see. */
  openPractices: readonly string[];
  onOpenPractice: (practice: string) => void;
}

export function ExerciseList({ arrangement, breathingMinutes, onStart, openPractices, onOpenPractice }: ExerciseListProps) {
  return (
    <section class="exercises" aria-labelledby="all-exercises">
      <h2 id="all-exercises" class="visually-hidden">
        {t('popupAllExercises')}
      </h2>
      {arrangement.favourites.length > 0 && (
        <Group title={t('popupFavourites')} exercises={arrangement.favourites} breathingMinutes={breathingMinutes} onStart={onStart} />
      )}
      {arrangement.byPractice.map(({ practice, exercises }) => (
        <Group
          key={practice}
          title={t(practiceTitles[practice])}
          exercises={exercises}
          breathingMinutes={breathingMinutes}
          onStart={onStart}
          open={openPractices.includes(practice)}
          onOpen={() => onOpenPractice(practice)}
        />
      ))}
    </section>
  );
}
