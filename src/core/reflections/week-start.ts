/*
 * The first day of the week as the person's locale has it. Intl knows it where the engine has
 * week data (`getWeekInfo()`, or `weekInfo` in older engines); elsewhere a small table of the
 * regions whose week starts on Sunday or Saturday (CLDR), and Monday for the rest.
 */

/** 0 is Sunday … 6 Saturday, as `Date.getDay()` counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

interface WeekInfo {
  firstDay?: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

const sundayRegions: readonly string[] = 'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' ');
const saturdayRegions: readonly string[] = 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' ');

/** The first day of the week in a region (ISO 3166 code), for engines without week data. */
export function firstDayInRegion(region: string | undefined): Weekday {
  if (region && sundayRegions.includes(region)) return 0;
  if (region && saturdayRegions.includes(region)) return 6;
  return 1;
}

/** The first day of the week for a BCP 47 locale ("en-US" → Sunday, "de" → Monday). Never throws. */
export function firstDayOfWeek(locale: string, useWeekData = true): Weekday {
  try {
    const tag = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = useWeekData ? (tag.getWeekInfo?.() ?? tag.weekInfo) : undefined;
    const firstDay = info?.firstDay;
    // Intl counts Monday 1 … Sunday 7.
    if (typeof firstDay === 'number' && Number.isInteger(firstDay) && firstDay >= 1 && firstDay <= 7) return (firstDay % 7) as Weekday;
    return firstDayInRegion(tag.maximize().region);
  } catch {
    return 1;
  }
}
