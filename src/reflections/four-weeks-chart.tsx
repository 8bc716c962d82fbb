import { useId } from 'preact/hooks';
import { quadrantLabels, quadrants } from '../core/emotions';
import type { WeekAtAGlance } from '../core/reflections/weeks';
import { t, type MessageKey } from '../ui/i18n';
import { QuadrantFill, QuadrantPatterns } from './quadrant-patterns';
import { totalPauses, weekdayNames } from './week-labels';

export interface FourWeeksChartProps {
  weeks: readonly WeekAtAGlance[];
  labels: readonly string[];
  locale: string;
}

/** Each week's quadrant shares as one stacked bar. An empty week is an empty outline, nothing more. */
function SharesBar({ week, prefix }: { week: WeekAtAGlance; prefix: string }) {
  let x = 0;
  return (
    <svg class="insights-week__shares" width="100%" height="28" aria-hidden="true" focusable="false">
      {week.shares ? (
        quadrants.map((quadrant) => {
          const share = week.shares?.[quadrant] ?? 0;
          const start = x;
          x += share;
          return share > 0 ? <QuadrantFill key={quadrant} prefix={prefix} quadrant={quadrant} x={`${start}%`} width={`${share}%`} /> : null;
        })
      ) : (
        <>
          <rect class="insights-week__empty" x="1" y="1" width="99%" height="26" rx="6" />
          <text class="insights-week__empty-text" x="12" y="50%" dominant-baseline="central">
            {t('fourWeeksNoCheckIns')}
          </text>
        </>
      )}
    </svg>
  );
}

/** Small bars for the practices done each day, against the busiest day of the four weeks. */
function PausesRow({ week, most }: { week: WeekAtAGlance; most: number }) {
  return (
    <svg class="insights-week__pauses" width="100%" height="24" aria-hidden="true" focusable="false">
      <line class="insights-week__baseline" x1="0" x2="100%" y1="23.5" y2="23.5" />
      {week.pausesPerDay.map((count, day) =>
        count > 0 ? (
          <svg key={day} x={`${(day * 100) / 7}%`} width={`${100 / 7}%`} height="24" viewBox="0 0 10 24" preserveAspectRatio="xMidYMax meet">
            <rect class="insights-week__bar" x="2" width="6" rx="1.5" y={23 - (20 * count) / most} height={(20 * count) / most} />
          </svg>
        ) : null,
      )}
    </svg>
  );
}

/** The last four weeks, drawn: one image for assistive technology, with its summary in words. */
export function FourWeeksChart({ weeks, labels, locale }: FourWeeksChartProps) {
  const prefix = `quadrants${useId().replace(/\W/g, '')}`;
  const most = Math.max(1, ...weeks.flatMap((week) => week.pausesPerDay));
  const summary = weeks.map((week, index) => t('fourWeeksChartWeek', labels[index] ?? '', String(week.checkIns), String(totalPauses(week)))).join(' ');
  const lastWeek = weeks.at(-1);
  return (
    <figure class="insights-chart">
      <QuadrantPatterns prefix={prefix} />
      <div class="insights-chart__weeks" role="img" aria-label={t('fourWeeksChartLabel', summary)}>
        {weeks.map((week, index) => (
          <div class="insights-week" key={week.days[0]}>
            <span class="insights-week__label">{labels[index]}</span>
            <SharesBar week={week} prefix={prefix} />
            <PausesRow week={week} most={most} />
          </div>
        ))}
        {lastWeek && (
          <div class="insights-week insights-week--weekdays">
            <span class="insights-week__label" />
            <span class="insights-weekdays">
              {weekdayNames(lastWeek, locale, 'narrow').map((name, day) => (
                <span key={day}>{name}</span>
              ))}
            </span>
          </div>
        )}
      </div>
      <figcaption>
        <ul class="insights-legend">
          {quadrants.map((quadrant) => (
            <li key={quadrant}>
              <svg class="insights-legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
                <QuadrantFill prefix={prefix} quadrant={quadrant} x="0" width="100%" />
              </svg>
              {t(quadrantLabels[quadrant] as MessageKey)}
            </li>
          ))}
          <li>
            <svg class="insights-legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
              <rect class="insights-week__bar" x="6" y="3" width="6" height="15" rx="1.5" />
            </svg>
            {t('fourWeeksPausesEachDay')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
