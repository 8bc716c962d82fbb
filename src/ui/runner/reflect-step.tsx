import { useId } from 'preact/hooks';
import type { ExerciseStep } from '../../core/exercises/types';
import { t } from '../i18n';
import { exerciseText } from './exercise-text';
import { NOTE_MAX_LENGTH, type NoteDraft } from './runner-answers';

export interface ReflectStepProps {
  step: Extract<ExerciseStep, { kind: 'reflect' }>;
  note: NoteDraft;
  onChange: (note: NoteDraft) => void;
  /**
   * After a word that brought support into view, the step's own prompt could invite self-judgement
   * ("it makes sense that I feel this because I am…"): a gentle open one takes its place.
   */
  gentle?: boolean;
}

/** An optional private note. What is written is kept, on this device, unless the person unticks the box. */
export function ReflectStep({ step, note, onChange, gentle = false }: ReflectStepProps) {
  const id = useId();
  return (
    <div class="runner-step runner-reflect">
      <label class="runner-step__text" for={`${id}-note`}>
        {gentle ? t('runnerGentlePrompt') : exerciseText(step.prompt)}
      </label>
      <textarea
        id={`${id}-note`}
        rows={4}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={gentle ? t('runnerGentlePlaceholder') : exerciseText(step.placeholder)}
        value={note.text}
        onInput={(event) => onChange({ ...note, text: event.currentTarget.value })}
      />
      <label class="runner-check">
        <input
          type="checkbox"
          checked={note.keep}
          aria-describedby={`${id}-keep`}
          onChange={(event) => onChange({ ...note, keep: event.currentTarget.checked })}
        />
        {t('reflectKeepNote')}
      </label>
      <p id={`${id}-keep`} class="muted runner-small">
        {t('reflectKeepHint')}
      </p>
    </div>
  );
}
