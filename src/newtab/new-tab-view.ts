import type { Affirmation } from '../core/affirmations';
import type { Preferences } from '../core/preferences';
import type { ScheduleState } from '../core/reminders/schedule-state';
import type { SearchResults } from '../platform/search';
import { t, type MessageKey } from '../ui/i18n';
import { button, element, setChildren, setText } from './dom';
import { greetingText } from './greeting';
import { clockText, nextPauseText } from './next-pause-text';
import { createSearchForm } from './search-form';
import { createShortcutRow, type ShortcutsState } from './shortcut-row';

export interface NewTabState {
  preferences: Preferences;
  /** Chosen before first paint; it stays for the life of the tab, so nothing shifts. */
  affirmation: Affirmation;
  openedAt: Date;
  now: number;
  /** The worker's schedule, once read. */
  schedule?: ScheduleState;
  /** The one-minute pause is showing (in `pauseContainer`). */
  pausing: boolean;
  /** Read after first paint, when shortcuts are on. */
  shortcuts: ShortcutsState;
  /** The browser refused the last search. */
  searchProblem: boolean;
  /**
   * Everything below the words is shown. False for the first frame, which carries the greeting
   * and sentence alone, the least it can lay out and paint (minimal mode, small as it is, shows
   * all of itself at once).
   */
  withControls: boolean;
}

/** What the person can do on the page, each handled by new-tab-page.ts. */
export interface NewTabActions {
  startPause: () => void;
  anotherSentence: () => void;
  search: (text: string, results: SearchResults) => void;
  allowShortcuts: () => void;
}

export interface NewTabView {
  show(state: NewTabState): void;
  /** Where the one-minute pause renders itself. */
  pauseContainer: HTMLElement;
  focusPauseButton(): void;
}

/**
 * The new tab as plain DOM rather than Preact: the page must paint its content as fast as a
 * blank page with at most 12 KB of script, and a renderer would be a third of that. Preact and
 * the exercise runner come with the one-minute pause, loaded on click.
 *
 * Each element is made once and kept. `show` adds, removes and retexts only what changed, so an
 * update that changes nothing touches nothing, nothing that stays moves, and focus stays put.
 */
export function createNewTabView(root: Element, actions: NewTabActions): NewTabView {
  const main = element('main', 'newtab');
  const clock = element('p', 'newtab__clock');
  const time = element('time');
  clock.append(time);
  const heading = element('h1', 'visually-hidden');
  heading.textContent = t('newTabLabel');
  const greeting = element('p', 'newtab__greeting');
  const sentence = element('p', 'newtab__affirmation');
  // Read out when "Another thought" changes it; the first one is read with the page.
  sentence.setAttribute('aria-live', 'polite');
  const pauseContainer = element('div', 'newtab__pause');
  root.append(main);
  // Made on the first `show` that wants them: the first frame carries the words alone.
  let made: ReturnType<typeof createControls> | undefined;
  const controls = () => (made ??= createControls(actions));

  return {
    pauseContainer,
    focusPauseButton: () => controls().pauseButton.focus(),
    show(state) {
      const { newTab, reminders } = state.preferences;
      const minimal = newTab.mode === 'minimal';
      main.classList.toggle('newtab--minimal', minimal);
      setText(sentence, state.affirmation.text ?? t(state.affirmation.id as MessageKey));
      setText(greeting, greetingText(newTab.greetingName, state.openedAt));
      const clockShown = !minimal && newTab.showClock;
      // Formatting a time costs a first frame a millisecond: only for a clock that shows.
      if (clockShown) setText(time, clockText(state.now));
      const words = minimal ? [sentence] : [...(newTab.showGreeting ? [greeting] : []), sentence];
      const top = [...(clockShown ? [clock] : []), heading];
      if (!state.withControls && !minimal) return setChildren(main, [...top, ...words]);
      const { pauseActions, pauseButton, nextPause, search, shortcuts, corner } = controls();
      setText(nextPause, nextPauseText(reminders, state.schedule, state.now));
      setChildren(pauseActions, newTab.showNextPause ? [pauseButton, nextPause] : [pauseButton]);
      search.showProblem(state.searchProblem);
      shortcuts.show(state.shortcuts);
      const searchField = newTab.showSearch ? [search.form] : [];
      // Minimal is the sentence alone, and the search field if the person kept it.
      const body = state.pausing
        ? [pauseContainer]
        : minimal
          ? [...words, ...searchField]
          : [...words, pauseActions, ...searchField, ...(newTab.showShortcuts ? [shortcuts.nav] : []), corner];
      setChildren(main, [...top, ...body]);
    },
  };
}

/**
 * Everything below the words: the pause button and the next pause, search, shortcuts, and the
 * corner's two links. Each goes below the sentence or out of the flow (newtab.css), so their
 * arrival in the second frame moves nothing already shown.
 */
function createControls(actions: NewTabActions) {
  const pauseActions = element('div', 'newtab__actions');
  const pauseButton = button('quiet', t('newTabPauseButton'), actions.startPause);
  // Keeps its height while empty (newtab.css): the schedule arrives after first paint.
  const nextPause = element('p', 'newtab__next-pause muted');
  const search = createSearchForm(actions.search);
  const shortcuts = createShortcutRow(actions.allowShortcuts);
  // Out of the flow, in a corner (newtab.css), moving nothing.
  const corner = element('div', 'newtab__corner');
  const another = button('link', t('newTabAnotherSentence'), actions.anotherSentence);
  const settings = element('a', 'newtab__settings');
  settings.href = 'options.html#newTab-heading';
  settings.textContent = t('newTabSettingsLink');
  corner.append(another, settings);
  return { pauseActions, pauseButton, nextPause, search, shortcuts, corner };
}
