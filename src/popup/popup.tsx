import { useState } from 'preact/hooks';
import { exercises, type Exercise } from '../core/exercises';
import { defaultPreferences } from '../core/preferences';
import { sendToWorker } from '../platform/messages';
import { openOptionsPage } from '../platform/runtime';
import { t } from '../ui/i18n';
import { ExerciseRunner } from '../ui/runner/exercise-runner';
import { useAppearance } from '../ui/use-appearance';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { usePreferences } from '../ui/use-preferences';
import { ExerciseList } from './exercise-list';
import { ReminderControls } from './reminder-controls';
import { Suggested } from './suggested';

/** The popup closes when it loses focus, so a running exercise can move to the pause window. */
async function popOut(exercise: Exercise, step: number) {
  await sendToWorker({ kind: 'start-pause', exercise: exercise.id, step });
  window.close();
}

export function Popup() {
  // The snapshot the pages keep: the list (hidden exercises) and the reminder status are right
  // from the first render, and the status needs only the schedule read. Storage corrects it.
  const [snapshot] = useState(readPreferenceSnapshot);
  const parsed = usePreferences(snapshot);
  useAppearance(parsed?.preferences.appearance);
  const [running, setRunning] = useState<Exercise>();
  const [openedAt] = useState(Date.now);
  // Everything bundled renders at once; preferences refine it (hidden exercises) when known.
  const preferences = parsed?.preferences ?? defaultPreferences;
  const visible = exercises.filter((exercise) => !preferences.exercises.hidden.includes(exercise.id));
  const breathingMinutes = preferences.exercises.breathingMinutes;

  if (running) {
    return (
      <main class="popup popup--running">
        <h1 class="visually-hidden">{t('extName')}</h1>
        <ExerciseRunner
          key={running.id}
          exercise={running}
          preferences={preferences}
          onClose={() => setRunning(undefined)}
          onPopOut={(step) => void popOut(running, step)}
        />
      </main>
    );
  }

  return (
    <main class="popup">
      <header>
        <img src="icons/icon.svg" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
      </header>
      {parsed && <ReminderControls reminders={parsed.preferences.reminders} />}
      <Suggested now={openedAt} exercises={visible} breathingMinutes={breathingMinutes} onStart={setRunning} />
      <ExerciseList exercises={visible} favourites={preferences.exercises.favourites} breathingMinutes={breathingMinutes} onStart={setRunning} />
      <footer>
        <button type="button" class="quiet" onClick={() => void sendToWorker({ kind: 'start-pause' })}>
          {t('popupPauseWindow')}
        </button>
        <button type="button" class="link" onClick={() => void openOptionsPage()}>
          {t('openOptions')}
        </button>
        <a href="self-compassion.html" target="_blank">
          {t('optionsAboutSelfCompassion')}
        </a>
        <a href="support.html" target="_blank">
          {t('moreSupport')}
        </a>
      </footer>
    </main>
  );
}
