import type { Practice } from '../core/exercises/types';
import type { MessageKey } from './i18n';

/** Each practice's name, as the popup lists it and the reflections page names it. */
export const practiceTitles: Readonly<Record<Practice, MessageKey>> = {
  mindfulness: 'practiceMindfulness',
  naming: 'practiceNaming',
  acceptance: 'practiceAcceptance',
  friend: 'practiceFriend',
  values: 'practiceValues',
};
