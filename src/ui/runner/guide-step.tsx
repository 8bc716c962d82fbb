import { exerciseText } from './exercise-text';
import { StepTimer } from './step-timer';

export interface GuideStepProps {
  /** Message key of the guidance. */
  text: string;
  msLeft: number;
  paused: boolean;
}

/** A line of guidance, shown for a while; the runner moves on by itself. */
export function GuideStep({ text, msLeft, paused }: GuideStepProps) {
  return (
    <div class="runner-step">
      <p class="runner-step__text">{exerciseText(text)}</p>
      <StepTimer msLeft={msLeft} paused={paused} />
    </div>
  );
}
