import { useEffect, useState } from 'preact/hooks';
import { exercises, type Exercise } from '../core/exercises';
import { anotherPractice } from '../core/exercises/another-practice';
import { breathingExerciseFor } from '../core/exercises/breathing-exercises';
import { parsePauseRequest } from '../core/pause-request';
import type { Preferences } from '../core/preferences';
import { t } from '../ui/i18n';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import type { ClosingMore } from '../ui/runner/exercise-runner';
import { OneMinutePause } from '../ui/runner/one-minute-pause';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { ExercisePause } from './exercise-pause';
import { PauseNext } from './pause-next';
import { requestedExercise } from './requested-exercise';

function closeWindow() {
  window.close();
}

/** What the window shows after its first practice: another minute, or a practice chosen at the end. */
interface Next {
  exercise?: Exercise;
  /** Counts the runs, so each starts afresh. */
  run: number;
}

/**
 * `pause.html?exercise=<id>&step=<n>` runs that exercise (see "Pop out"); otherwise a minute of
 * breathing in the default pattern, as a reminder's pause; `?test=1` marks a test reminder's.
 * Each ends with a choice: Close, one more minute, or another practice, in this same window.
 */
export function PausePage() {
  const [search] = useState(() => window.location.search);
  const requested = requestedExercise(search);
  const test = parsePauseRequest(search).test === true;
  // One read of preferences for the whole window, shared with whichever practice it shows; the
  // pages' snapshot lets the pause start at once.
  const [snapshot] = useState(readPreferenceSnapshot);
  const parsed = usePreferences(snapshot);
  useAppearance(parsed?.preferences.appearance);
  const [next, setNext] = useState<Next>();

  const exercise = next ? next.exercise : requested?.exercise;
  const showing = exercise?.id ?? (parsed && breathingExerciseFor[parsed.preferences.exercises.breathingPattern].id);
  const more = (named: readonly string[]) => (
    <PauseNext
      practices={anotherPractice(exercises, parsed?.preferences.exercises.hidden ?? [], showing, named)}
      onMinute={() => setNext((last) => ({ run: (last?.run ?? 0) + 1 }))}
      onPractice={(chosen) => setNext((last) => ({ exercise: chosen, run: (last?.run ?? 0) + 1 }))}
    />
  );

  if (exercise) {
    // Only the popped-out run starts with the popup's answers; one chosen here starts afresh.
    const popped = !next && requested;
    return <ExercisePause key={next?.run} exercise={exercise} step={popped ? popped.step : 0} carried={!!popped} parsed={parsed} closingMore={more} />;
  }
  return <ReminderPause key={next?.run} preferences={parsed?.preferences} test={test} closingMore={more} />;
}

function ReminderPause({ preferences, test, closingMore }: { preferences: Preferences | undefined; test: boolean; closingMore: ClosingMore }) {
  // The pattern and length are fixed once the pause starts: a change in storage meanwhile
  // doesn't swap the breathing under the person.
  const [started, setStarted] = useState<Preferences>();
  if (preferences && !started) setStarted(preferences);
  useEffect(() => {
    document.title = t('pauseTitle');
  }, []);
  return (
    <main class="pause" aria-busy={started ? undefined : 'true'}>
      <h1>{t('pauseTitle')}</h1>
      {test && <p class="pause__test">{t('pauseTestNote')}</p>}
      {started && <OneMinutePause preferences={started} headingLevel={2} record={!test} onClose={closeWindow} closingMore={closingMore} />}
    </main>
  );
}
