import type { MessageKey } from '../ui/i18n';

/**
 * Where to read more: the studies behind the page's claims, as plain links (DOIs resolve to the
 * publisher's page). Nothing here is fetched; opening one is the reader's own navigation.
 */
export const studies: readonly { href: string; text: MessageKey }[] = [
  { href: 'https://self-compassion.org/', text: 'selfCompassionStudyNeff' },
  { href: 'https://doi.org/10.1016/j.cpr.2012.06.003', text: 'selfCompassionStudyMacBeth' },
  { href: 'https://doi.org/10.1111/aphw.12051', text: 'selfCompassionStudyZessin' },
  { href: 'https://doi.org/10.1037/hea0000158', text: 'selfCompassionStudySiroisHabits' },
  { href: 'https://doi.org/10.1186/s12889-020-8183-1', text: 'selfCompassionStudySiroisHealth' },
  { href: 'https://doi.org/10.1007/s12671-018-0891-6', text: 'selfCompassionStudyLopez' },
  { href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7647439/', text: 'selfCompassionStudyMindfulness' },
  { href: 'https://doi.org/10.1177/0146167212445599', text: 'selfCompassionStudyBreines' },
];
