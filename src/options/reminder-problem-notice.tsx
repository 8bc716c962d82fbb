import { useEffect, useState } from 'preact/hooks';
import { REMINDER_PROBLEM_KEY } from '../core/storage-keys';
import { onItemsChanged, readItems } from '../platform/storage';
import { messagesLanguage, t } from '../ui/i18n';

interface ReminderProblem {
  at: number;
  kind: string;
}

function parseProblem(stored: unknown): ReminderProblem | undefined {
  const candidate = stored as Partial<ReminderProblem> | null | undefined;
  return typeof candidate?.at === 'number' && typeof candidate.kind === 'string' ? { at: candidate.at, kind: candidate.kind } : undefined;
}

/**
 * Says when the worker couldn't store its reminder schedule (noted in session storage, see
 * background/reminder-store.ts): reminders went on, but what happened then may be missing from
 * the pause history. Gone once a later save works.
 */
export function ReminderProblemNotice() {
  const [problem, setProblem] = useState<ReminderProblem>();
  useEffect(() => {
    const controller = new AbortController();
    void readItems('session', [REMINDER_PROBLEM_KEY]).then((items) => {
      if (!controller.signal.aborted) setProblem(parseProblem(items[REMINDER_PROBLEM_KEY]));
    });
    onItemsChanged('session', (changes) => REMINDER_PROBLEM_KEY in changes && setProblem(parseProblem(changes[REMINDER_PROBLEM_KEY]?.newValue)), controller.signal);
    return () => controller.abort();
  }, []);
  if (!problem) return null;
  const time = new Date(problem.at).toLocaleTimeString(messagesLanguage(), { hour: 'numeric', minute: '2-digit' });
  return (
    <p class="notice" role="status">
      {t(problem.kind === 'area-full' ? 'reminderProblemFull' : 'reminderProblemOther', time)}
    </p>
  );
}
