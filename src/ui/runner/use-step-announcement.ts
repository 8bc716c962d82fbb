import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExerciseStep } from '../../core/exercises/types';
import type { RunnerProgress } from '../../core/runner';
import { t } from '../i18n';
import { stepSummary } from './step-summary';

/**
 * Text for a polite live region: empty at first (the page has just been read out), then each new
 * step's number and words when it begins, numbered as the person counts steps (a practice of one
 * step says only its words). Nothing changes in between, so nothing is repeated.
 */
export function useStepAnnouncement(steps: readonly ExerciseStep[], step: number, progress: RunnerProgress): string {
  const [text, setText] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const summary = stepSummary(steps[step]);
    setText(progress.stepCount > 1 ? t('runnerStepAnnouncement', String(progress.stepNumber), String(progress.stepCount), summary) : summary);
  }, [steps, step]);
  return text;
}
