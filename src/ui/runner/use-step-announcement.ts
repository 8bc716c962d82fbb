import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../../core/exercises/types';
import { t } from '../i18n';
import { stepSummary } from './step-summary';

/**
 * Text for a polite live region: empty at first (the page has just been read out), then each new
 * step's number and words when it begins. Nothing changes in between, so nothing is repeated.
 */
export function useStepAnnouncement(exercise: Exercise, step: number): string {
  const [text, setText] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setText(t('runnerStepAnnouncement', String(step + 1), String(exercise.steps.length), stepSummary(exercise.steps[step])));
  }, [exercise, step]);
  return text;
}
