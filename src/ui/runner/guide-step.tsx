import { exerciseText } from './exercise-text';

/**
 * A line of guidance: read at one's own pace, or stayed with while its time runs (the controls
 * show it); with a quieter aside under it when the step has one.
 */
export function GuideStep({ text, aside }: { text: string; aside?: string | undefined }) {
  return (
    <div class="runner-step">
      <p class="runner-step__text">{exerciseText(text)}</p>
      {aside && <p class="muted runner-small">{exerciseText(aside)}</p>}
    </div>
  );
}
