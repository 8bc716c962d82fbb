import { quadrants, type Quadrant } from '../core/emotions';

/*
 * A pattern for each quadrant, over its colour, so the chart never tells quadrants apart by
 * colour alone: lines one way, dots, crossed lines, lines across.
 */
const shapes: Record<Quadrant, string> = {
  'pleasant-high': 'M-1,7 L7,-1 M3,9 L9,3',
  'pleasant-low': 'M2.5,2.5 h0.01 M6.5,6.5 h0.01',
  'unpleasant-high': 'M0,0 L8,8 M8,0 L0,8',
  'unpleasant-low': 'M0,2 H8 M0,6 H8',
};

export const patternId = (prefix: string, quadrant: Quadrant) => `${prefix}-${quadrant}`;

/** The patterns, once per chart; the shapes refer to them by id. */
export function QuadrantPatterns({ prefix }: { prefix: string }) {
  return (
    <svg class="insights-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {quadrants.map((quadrant) => (
          <pattern key={quadrant} id={patternId(prefix, quadrant)} width="8" height="8" patternUnits="userSpaceOnUse">
            <path d={shapes[quadrant]} class="insights-pattern" stroke-linecap="round" />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A quadrant's colour with its pattern on top, filling the given box. */
export function QuadrantFill({ prefix, quadrant, x, width }: { prefix: string; quadrant: Quadrant; x: string; width: string }) {
  return (
    <g class={`insights-fill insights-fill--${quadrant}`}>
      <rect x={x} width={width} y="0" height="100%" />
      <rect x={x} width={width} y="0" height="100%" fill={`url(#${patternId(prefix, quadrant)})`} class="insights-fill__pattern" />
    </g>
  );
}
