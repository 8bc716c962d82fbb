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

/** The chart's numbers as a real table: a row a week, a column a quadrant. */
export function FourWeeksTable({ id, weeks, labels, locale, hidden }: FourWeeksTableProps) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <div class="insights-table" id={id} hidden={hidden}>
      <table>
        <caption>{t('fourWeeksTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fourWeeksColumnWeek')}</th>
            <th scope="col">{t('fourWeeksColumnCheckIns')}</th>
            {quadrants.map((quadrant) => (
              <th scope="col" key={quadrant}>
                {t(quadrantLabels[quadrant] as MessageKey)}
              </th>
            ))}
            <th scope="col">{t('fourWeeksColumnPauses')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => {
            const names = weekdayNames(week, locale, 'short');
            const days = week.pausesPerDay.flatMap((count, day) => (count > 0 ? [t('fourWeeksDayPauses', names[day] ?? '', String(count))] : []));
            return (
              <tr key={week.days[0]}>
                <th scope="row">{labels[index]}</th>
                <td>{week.checkIns}</td>
                {week.shares ? (
                  quadrants.map((quadrant) => <td key={quadrant}>{percent.format((week.shares?.[quadrant] ?? 0) / 100)}</td>)
                ) : (
                  <td colSpan={quadrants.length}>{t('fourWeeksNoCheckIns')}</td>
                )}
                <td>{days.length > 0 ? days.join(', ') : t('fourWeeksPausesNone')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
