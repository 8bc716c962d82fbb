import type { ExerciseStep } from '../../core/exercises/types';
import { t } from '../i18n';
import { exerciseText } from './exercise-text';

/** What a screen reader hears when a step begins: its words, once, not its countdown. */
export function stepSummary(step: ExerciseStep | undefined): string {
  switch (step?.kind) {
    case 'guide':
    case 'dwell':
      return exerciseText(step.text);
    case 'breathing':
      return t('runnerBreathingSummary');
    case 'touch':
      return t('touchIntro');
    case 'reflect':
      return exerciseText(step.prompt);
    case 'name-emotion':
      return t('emotionPickerQuadrantLegend');
    case 'values':
      return t('valuesStepSummary');
    case undefined:
      return '';
  }
}
