import { quadrantLabels, quadrants } from '../core/emotions';
import type { WeekAtAGlance } from '../core/reflections/weeks';
import { t, type MessageKey } from '../ui/i18n';
import { weekdayNames } from './week-labels';

export interface FourWeeksTableProps {
  id: string;
  weeks: readonly WeekAtAGlance[];
  labels: readonly string[];
  locale: string;
  hidden: boolean;
}

/**
 * The chart's numbers as a real table: a column a week, so it stays narrow; rows for the
 * check-ins, each quadrant's share and the pauses of each weekday (every week starts on the
 * same one). A week without check-ins says so once across its quadrant rows.
 */
export function FourWeeksTable({ id, weeks, labels, locale, hidden }: FourWeeksTableProps) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const first = weeks[0];
  const weekdays = first ? weekdayNames(first, locale, 'long') : [];
  return (
    <div class="insights-table" id={id} hidden={hidden}>
      <table>
        <caption>{t('fourWeeksTableCaption')}</caption>
        <thead>
          <tr>
            <td />
            {weeks.map((week, index) => (
              <th scope="col" key={week.days[0]}>
                {labels[index]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('fourWeeksColumnCheckIns')}</th>
            {weeks.map((week) => (
              <td key={week.days[0]}>{week.checkIns}</td>
            ))}
          </tr>
          {quadrants.map((quadrant, row) => (
            <tr key={quadrant}>
              <th scope="row">{t(quadrantLabels[quadrant] as MessageKey)}</th>
              {weeks.map((week) =>
                week.shares ? (
                  <td key={week.days[0]}>{percent.format(week.shares[quadrant] / 100)}</td>
                ) : row === 0 ? (
                  <td key={week.days[0]} rowSpan={quadrants.length} class="insights-table__empty">
                    {t('fourWeeksNoCheckIns')}
                  </td>
                ) : null,
              )}
            </tr>
          ))}
          {weekdays.map((name, day) => (
            <tr key={name}>
              <th scope="row">{t('fourWeeksRowPauses', name)}</th>
              {weeks.map((week) => (
                <td key={week.days[0]}>{week.pausesPerDay[day] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
