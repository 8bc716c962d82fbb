import { partOfDay, type PartOfDay } from '../core/part-of-day';
import { t, type MessageKey } from '../ui/i18n';

const withoutName: Record<PartOfDay, MessageKey> = {
  morning: 'newTabGreetingMorning',
  afternoon: 'newTabGreetingAfternoon',
  evening: 'newTabGreetingEvening',
  night: 'newTabGreetingNight',
};

const withName: Record<PartOfDay, MessageKey> = {
  morning: 'newTabGreetingMorningName',
  afternoon: 'newTabGreetingAfternoonName',
  evening: 'newTabGreetingEveningName',
  night: 'newTabGreetingNightName',
};

/** "Good afternoon, Sam", by the time the tab was opened (a greeting doesn't tick over). */
export function greetingText(name: string, at: Date): string {
  const part = partOfDay(at);
  const trimmed = name.trim();
  return trimmed ? t(withName[part], trimmed) : t(withoutName[part]);
}
