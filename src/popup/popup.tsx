import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue } from '../core/exercises/catalogue';
import type { ListedExercise } from '../core/exercises/listed';
import { arrangeForPopup } from '../core/exercises/popup-arrangement';
import { uncheckedPreferences } from '../core/unchecked-preferences';
import { sendToWorker } from '../platform/messages';
import { t } from '../ui/i18n';
import { LazyExerciseRunner } from '../ui/runner/load-runner';
import type { RunnerAnswers } from '../ui/runner/runner-answers';
import { useAppearance } from '../ui/use-appearance';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { usePreferenceItems } from '../ui/use-preference-items';
import { ExerciseList } from './exercise-list';
import { Suggested, useSuggestion } from './suggested';
import { TopBar } from './top-bar';
import { useCheckedParts } from './use-checked-parts';

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
  // The snapshot the pages keep: the list (hidden exercises, favourites, lengths) is right from
  // the first render, read without the schema. The schema comes right after first paint with the
  // reminder line (checked-parts.ts), and storage corrects what the snapshot said.
  const [snapshot] = useState(readPreferenceSnapshot);
  const items = usePreferenceItems(snapshot);
  const parts = useCheckedParts();
  const parsed = useMemo(() => (parts && items ? parts.parsePreferences(items) : undefined), [parts, items]);
  useAppearance(parsed?.preferences.appearance);
  const [running, setRunning] = useState<ListedExercise>();
  // Kept here, not in the list, so a group opened to start an exercise is still open when it closes.
  const [openPractices, setOpenPractices] = useState<readonly string[]>([]);
  const returnFocusTo = useFocusReturn(running);
  const [openedAt] = useState(Date.now);
  // Checked once the schema is here; until then (a few ms) what the snapshot said, read plainly.
  const listed = parsed?.preferences ?? uncheckedPreferences(items);
  const visible = catalogue.filter((exercise) => !listed.exercises.hidden.includes(exercise.id));
  const breathingMinutes = listed.exercises.breathingMinutes;
  const suggestion = useSuggestion(openedAt, visible, parts?.journalEntries);
  const arrangement = arrangeForPopup(visible, listed.exercises.favourites, suggestion);

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
          preferences={listed}
          onClose={close}
          onPopOut={(step, answers) => void popOut(running, step, answers)}
        />
      </main>
    );
  }

  return (
    <main class="popup">
      <TopBar />
      {parts && parsed ? <parts.ReminderStatus reminders={parsed.preferences.reminders} /> : <section class="reminders" aria-label={t('popupRemindersLabel')} aria-busy="true" />}
      <Suggested suggestion={arrangement.suggestion} breathingMinutes={breathingMinutes} onStart={setRunning} />
      <ExerciseList
        arrangement={arrangement}
        breathingMinutes={breathingMinutes}
        onStart={setRunning}
        openPractices={openPractices}
        onOpenPractice={(practice) => setOpenPractices((current) => [...current, practice])}
      />
      <footer>
        <a href="self-compassion.html" target="_blank">
          {t('selfCompassionTitle')}
        </a>
      </footer>
    </main>
  );
}
