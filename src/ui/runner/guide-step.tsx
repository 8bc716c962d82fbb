import { exerciseText } from './exercise-text';

/** A line of guidance: read at one's own pace, or stayed with while its time runs (the controls show it). */
export function GuideStep({ text }: { text: string }) {
  return (
    <div class="runner-step">
      <p class="runner-step__text">{exerciseText(text)}</p>
    </div>
  );
}
