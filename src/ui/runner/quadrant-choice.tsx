import { useId, useRef } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { quadrantHints, quadrantLabels, type Quadrant } from '../../core/emotions';
import { t } from '../i18n';
import { exerciseText } from './exercise-text';

/** As the grid looks: energy up and down, pleasantness left to right. */
const layout: readonly (readonly [Quadrant, Quadrant])[] = [
  ['unpleasant-high', 'pleasant-high'],
  ['unpleasant-low', 'pleasant-low'],
];
const order = layout.flat();

const steps: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

export interface QuadrantChoiceProps {
  value: Quadrant | undefined;
  onChange: (quadrant: Quadrant) => void;
}

/**
 * The 2×2 first step of Name it: radio buttons named in words, with colour only as a second cue.
 * The columns are headed Unpleasant and Pleasant, so a tile's title is its energy alone and stays
 * on one line in a 380 px popup; each radio's name is still the whole "Pleasant, little energy".
 */
export function QuadrantChoice({ value, onChange }: QuadrantChoiceProps) {
  const id = useId();
  const inputs = useRef<Partial<Record<Quadrant, HTMLInputElement | null>>>({});

  // Arrow keys follow the grid as it looks (up, down, left, right), choosing as radio buttons do.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>, from: Quadrant) => {
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const at = order.indexOf(from);
    const row = (Math.floor(at / 2) + step[0] + 2) % 2;
    const column = ((at % 2) + step[1] + 2) % 2;
    const to = layout[row]?.[column] ?? from;
    onChange(to);
    inputs.current[to]?.focus();
  };

  return (
    <fieldset class="quadrants">
      <legend class="runner-step__text">{t('emotionPickerQuadrantLegend')}</legend>
      <div class="quadrants__grid">
        <span class="quadrants__column" aria-hidden="true">
          {t('quadrantColumnUnpleasant')}
        </span>
        <span class="quadrants__column" aria-hidden="true">
          {t('quadrantColumnPleasant')}
        </span>
        {order.map((quadrant) => (
          <label key={quadrant} class={`quadrant quadrant--${quadrant}`}>
            <input
              ref={(element) => {
                inputs.current[quadrant] = element;
              }}
              type="radio"
              name={id}
              value={quadrant}
              checked={value === quadrant}
              aria-labelledby={`${id}-${quadrant}`}
              aria-describedby={`${id}-${quadrant}-hint`}
              onChange={() => onChange(quadrant)}
              onKeyDown={(event) => onKeyDown(event, quadrant)}
            />
            <span class="visually-hidden" id={`${id}-${quadrant}`}>
              {exerciseText(quadrantLabels[quadrant])}
            </span>
            <span class="quadrant__name" aria-hidden="true">
              {t(quadrant.endsWith('-high') ? 'quadrantEnergyHigh' : 'quadrantEnergyLow')}
            </span>
            <span class="quadrant__hint" id={`${id}-${quadrant}-hint`}>
              {exerciseText(quadrantHints[quadrant])}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
