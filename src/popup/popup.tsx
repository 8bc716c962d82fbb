import { useEffect, useState } from 'preact/hooks';
import { catalogue } from '../core/exercises/catalogue';
import type { ListedExercise } from '../core/exercises/listed';
import { arrangeForPopup } from '../core/exercises/popup-arrangement';
import { defaultPreferences } from '../core/preferences';
import { sendToWorker } from '../platform/messages';
import { t } from '../ui/i18n';
import { LazyExerciseRunner } from '../ui/runner/load-runner';
import type { RunnerAnswers } from '../ui/runner/runner-answers';
import { useAppearance } from '../ui/use-appearance';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { usePreferences } from '../ui/use-preferences';
import { ExerciseList } from './exercise-list';
import { ReminderStatus } from './reminder-status';
import { Suggested, useSuggestion } from './suggested';
import { TopBar } from './top-bar';

/** The popup closes when it loses focus, so a running exercise can move to the pause window, picks and notes with it. */
async function popOut(exercise: ListedExercise, step: number, answers: RunnerAnswers) {
  await sendToWorker({ kind: 'start-pause', exercise: exercise.id, step, answers });
  window.close();
}

/** After an exercise closes (Close or Esc), focus goes back to its entry, not to the page. */
function useFocusReturn(running: ListedExercise | undefined) {
  const [returnTo, setReturnTo] = useState<string>();
  useEffect(() => {
    if (running || returnTo === undefined) return;
    document.querySelector<HTMLElement>(`.popup [data-exercise="${returnTo}"]`)?.focus();
    setReturnTo(undefined);
  }, [running, returnTo]);
  return setReturnTo;
}

export function Popup() {
  // The snapshot the pages keep: the list (hidden exercises) and the reminder status are right
  // from the first render, and the status needs only the schedule read. Storage corrects it.
  const [snapshot] = useState(readPreferenceSnapshot);
  const parsed = usePreferences(snapshot);
  useAppearance(parsed?.preferences.appearance);
  const [running, setRunning] = useState<ListedExercise>();
  const returnFocusTo = useFocusReturn(running);
  const [openedAt] = useState(Date.now);
  // Everything bundled renders at once; preferences refine it (hidden exercises) when known.
  const preferences = parsed?.preferences ?? defaultPreferences;
  const visible = catalogue.filter((exercise) => !preferences.exercises.hidden.includes(exercise.id));
  const breathingMinutes = preferences.exercises.breathingMinutes;
  const suggestion = useSuggestion(openedAt, visible);
  const arrangement = arrangeForPopup(visible, preferences.exercises.favourites, suggestion);

  if (running) {
    const close = () => {
      setRunning(undefined);
      returnFocusTo(running.id);
    };
    return (
      <main class="popup popup--running">
        <h1 class="visually-hidden">{t('extName')}</h1>
        <LazyExerciseRunner
          key={running.id}
          exerciseId={running.id}
          preferences={preferences}
          onClose={close}
          onPopOut={(step, answers) => void popOut(running, step, answers)}
        />
      </main>
    );
  }

  return (
    <main class="popup">
      <TopBar />
      {parsed ? <ReminderStatus reminders={parsed.preferences.reminders} /> : <section class="reminders" aria-busy="true" />}
      <Suggested suggestion={arrangement.suggestion} breathingMinutes={breathingMinutes} onStart={setRunning} />
      <ExerciseList arrangement={arrangement} breathingMinutes={breathingMinutes} onStart={setRunning} />
      <footer>
        <a href="self-compassion.html" target="_blank">
          {t('optionsAboutSelfCompassion')}
        </a>
      </footer>
    </main>
  );
}
