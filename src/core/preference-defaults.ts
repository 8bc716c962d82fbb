import type { Preferences } from './preference-schema';

/** What a new install starts with. Never written to storage: only changes are. */
export const defaultPreferences: Preferences = {
  reminders: {
    enabled: true,
    everyMinutes: 60,
    activeFrom: '09:00',
    activeUntil: '18:00',
    activeDays: [1, 2, 3, 4, 5],
    naturalBreakMinutes: 5,
    waitDuringFullscreen: true,
    waitDuringAudio: false,
    style: 'notification',
    sound: true,
  },
  exercises: {
    favourites: [],
    hidden: [],
    breathingPattern: 'coherent',
    breathingMinutes: 1,
    // Box breathing is a box: four sides, the holds soft and still optional.
    breathingHolds: true,
    chime: false,
    motion: 'system',
  },
  values: {
    chosen: [],
  },
  appearance: {
    theme: 'system',
    textSize: 'normal',
  },
  newTab: {
    mode: 'kindly',
    rotation: 'every-tab',
    hiddenCategories: [],
    ownAffirmations: 'mixed',
    greetingName: '',
    showGreeting: true,
    showClock: false,
    showNextPause: true,
    showSearch: true,
    showShortcuts: false,
  },
  history: {
    keep: true,
    // Nothing goes unless the person chooses: a shorter keep is theirs to pick.
    keepForDays: 'always',
  },
};
