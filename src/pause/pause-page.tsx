import { useState } from 'preact/hooks';
import { parsePauseRequest } from '../core/pause-request';
import type { Preferences } from '../core/preferences';
import { t } from '../ui/i18n';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { OneMinutePause } from '../ui/runner/one-minute-pause';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { ExercisePause } from './exercise-pause';
import { requestedExercise } from './requested-exercise';

function closeWindow() {
  window.close();
}

/**
 * `pause.html?exercise=<id>&step=<n>` runs that exercise (see "Pop out"); otherwise a minute of
 * breathing in the default pattern, as a reminder's pause; `?test=1` marks a test reminder's.
 */
export function PausePage() {
  const [search] = useState(() => window.location.search);
  const requested = requestedExercise(search);
  // One read of preferences for the whole window, shared with whichever practice it shows; the
  // pages' snapshot lets the pause start at once.
  const [snapshot] = useState(readPreferenceSnapshot);
  const parsed = usePreferences(snapshot);
  useAppearance(parsed?.preferences.appearance);
  return requested ? (
    <ExercisePause exercise={requested.exercise} step={requested.step} parsed={parsed} />
  ) : (
    <ReminderPause preferences={parsed?.preferences} test={parsePauseRequest(search).test === true} />
  );
}

function ReminderPause({ preferences, test }: { preferences: Preferences | undefined; test: boolean }) {
  // The pattern and length are fixed once the pause starts: a change in storage meanwhile
  // doesn't swap the breathing under the person.
  const [started, setStarted] = useState<Preferences>();
  if (preferences && !started) setStarted(preferences);
  return (
    <main class="pause" aria-busy={started ? undefined : 'true'}>
      <h1>{t('pauseTitle')}</h1>
      {test && <p class="pause__test">{t('pauseTestNote')}</p>}
      {started && <OneMinutePause preferences={started} headingLevel={2} record={!test} onClose={closeWindow} />}
    </main>
  );
}
