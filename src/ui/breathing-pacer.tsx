import './breathing-pacer.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BreathingCue, BreathPhaseKind } from '../core/breathing';
import { t, type MessageKey } from './i18n';
import { usePrefersReducedMotion } from './use-reduced-motion';

const cueWords: Record<BreathPhaseKind, MessageKey> = {
  in: 'breathingCueIn',
  'top-up': 'breathingCueTopUp',
  hold: 'breathingCueHold',
  out: 'breathingCueOut',
};

/** The circle's size at an empty breath; full is scale(1). */
const emptyScale = 0.5;
/** The same curve as the CSS transition (ease-in-out sine), so a paused circle stays where it was. */
const easing = 'cubic-bezier(0.37, 0, 0.63, 1)';
const eased = (progress: number) => 0.5 - Math.cos(Math.PI * progress) / 2;

export interface BreathingPacerProps {
  cue: BreathingCue;
  paused?: boolean;
  /** Forces the still version; the system's reduced-motion setting does too. */
  reducedMotion?: boolean;
}

function cueWord({ cue, paused }: BreathingPacerProps): string {
  if (cue.finished) return t('breathingCueFree');
  return paused ? t('breathingCuePaused') : t(cueWords[cue.phase]);
}

/**
 * A circle that fills with the breath and empties with it, plus the cue in words and a countdown.
 * Each phase is one CSS transition towards the phase's end, lasting what is left of the phase;
 * the caller's clock only has to notice phase changes. Still version: opacity only, no movement.
 */
export function BreathingPacer(props: BreathingPacerProps) {
  const { cue, paused = false } = props;
  const still = usePrefersReducedMotion() || props.reducedMotion === true;
  const circle = useRef<HTMLDivElement>(null);
  // The first frame shows where the breath is now; only then can a transition start from there.
  const [primed, setPrimed] = useState(false);
  useEffect(() => {
    circle.current?.getBoundingClientRect();
    setPrimed(true);
  }, []);

  const moving = primed && !paused && !cue.finished;
  const fullnessNow = cue.fullnessFrom + (cue.fullnessTo - cue.fullnessFrom) * eased(cue.progress);
  const fullness = moving ? cue.fullnessTo : fullnessNow;
  const duration = moving ? Math.round(cue.msLeft) : 0;
  const fade = `opacity ${duration}ms ${easing}`;
  // The fade is also handed to the stylesheet, which keeps it when the system asks for reduced
  // motion (the page-wide rule that stops movement would otherwise make the circle jump).
  const style = still
    ? { opacity: 0.4 + 0.6 * fullness, transition: fade, '--pacer-fade': fade }
    : { transform: `scale(${emptyScale + (1 - emptyScale) * fullness})`, transition: `transform ${duration}ms ${easing}` };

  return (
    <div class={still ? 'breathing-pacer breathing-pacer--still' : 'breathing-pacer'} data-phase={cue.phase}>
      <div class="breathing-pacer__stage" aria-hidden="true">
        <div ref={circle} class="breathing-pacer__circle" style={style} />
        {!cue.finished && <span class="breathing-pacer__count">{cue.secondsLeft}</span>}
      </div>
      {/* Only the words change at each phase, so a screen reader hears each cue once, not every second. */}
      <p class="breathing-pacer__cue" aria-live="polite">
        {cueWord(props)}
      </p>
    </div>
  );
}
