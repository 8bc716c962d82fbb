export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * For the new tab's greeting, by the local hour. Late at night there is no "good night" (it
 * would sound like being told to sleep): the greeting is a plain hello.
 */
export function partOfDay(at: Date): PartOfDay {
  const hour = at.getHours();
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}
