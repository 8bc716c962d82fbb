import type { Affirmation } from '../core/affirmations';
import { parseOwnAffirmations } from '../core/own-affirmations';
import { parsePreferences, type Preferences } from '../core/preferences';
import { askForPermission } from '../platform/permissions';
import { searchWithBrowser, type SearchResults } from '../platform/search';
import { applyAppearance } from '../ui/apply-appearance';
import { followSchedule } from '../ui/follow-schedule';
import { followPreferences, readPreferenceSnapshot } from '../ui/page-preferences';
import { chooseAnotherAffirmation } from './choose-affirmation';
import { createNewTabView, type NewTabState } from './new-tab-view';
import { followShortcuts, giveBackShortcutsPermission } from './shortcuts-source';

export interface NewTabStart {
  /** As the pages' snapshot has them (see ui/page-preferences.ts). */
  preferences: Preferences;
  affirmation: Affirmation;
  openedAt: Date;
}

/**
 * Shows the words at once from the snapshot and the controls a frame later, then keeps it
 * current: preferences (refreshing the snapshot for the next tab too), the worker's schedule, and
 * the minute for the clock and "in 23 min". Returns a function that stops all of it.
 */
export function startNewTabPage(root: Element, start: NewTabStart): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  let state: NewTabState = {
    preferences: start.preferences,
    affirmation: start.affirmation,
    openedAt: start.openedAt,
    now: start.openedAt.getTime(),
    pausing: false,
    shortcuts: 'waiting',
    searchProblem: false,
    withControls: false,
  };
  let closePause: (() => void) | undefined;
  const show = (change: Partial<NewTabState>) => {
    if (signal.aborted) return;
    state = { ...state, ...change };
    view.show(state);
  };
  const stopPause = () => {
    closePause?.();
    closePause = undefined;
    show({ pausing: false });
    // Back where the person started it, for keyboard users.
    view.focusPauseButton();
  };
  const startPause = () => {
    // The runner (with Preact) is a module of its own (newtab-pause.js, see build.mjs), fetched on
    // the first click. Should it fail to load (the extension updated under an open tab), the
    // pause page serves instead.
    import('./inline-pause').then(
      ({ mountInlinePause }) => {
        if (signal.aborted || closePause) return;
        show({ pausing: true });
        closePause = mountInlinePause(view.pauseContainer, { preferences: state.preferences, onClose: stopPause });
      },
      () => window.location.assign('pause.html'),
    );
  };
  const anotherSentence = () => {
    // The snapshot is as fresh as the last read of storage: the pool as the person last set it.
    const snapshot = readPreferenceSnapshot() ?? {};
    const { newTab } = parsePreferences(snapshot).preferences;
    show({ affirmation: chooseAnotherAffirmation(newTab, parseOwnAffirmations(snapshot).list, state.affirmation, Math.random) });
  };
  const search = (text: string, results: SearchResults) => {
    searchWithBrowser(text, results).then(
      () => show({ searchProblem: false }),
      () => show({ searchProblem: true }),
    );
  };
  // Straight from the click: the browser asks only from a person's own gesture. The row follows
  // the permission, so a yes shows the tiles.
  const allowShortcuts = () => void askForPermission('topSites').catch(() => undefined);
  const view = createNewTabView(root, { startPause, anotherSentence, search, allowShortcuts });
  show({});

  // While shortcuts are wanted, the row follows this browser's permission and sites.
  let shortcuts: AbortController | undefined;
  signal.addEventListener('abort', () => shortcuts?.abort());
  const wantShortcuts = (preferences: Preferences, fromStorage: boolean) => {
    const wanted = preferences.newTab.showShortcuts && preferences.newTab.mode === 'kindly';
    if (wanted && !shortcuts) {
      shortcuts = new AbortController();
      followShortcuts((value) => show({ shortcuts: value }), shortcuts.signal);
    } else if (!wanted && shortcuts) {
      shortcuts.abort();
      shortcuts = undefined;
      show({ shortcuts: 'waiting' });
    }
    // Turned off, here or in another browser: read from storage, not the snapshot, which may lag.
    if (fromStorage && !preferences.newTab.showShortcuts) void giveBackShortcutsPermission().catch(() => undefined);
  };

  // The first frame shows the words alone (see NewTabState.withControls); the controls come in
  // the next. Catching up with storage waits too: the snapshot has painted the first frame, and
  // the extension API calls would only delay it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (signal.aborted) return;
      show({ withControls: true });
      wantShortcuts(state.preferences, false);
      followPreferences((items) => {
        const { preferences } = parsePreferences(items);
        applyAppearance(preferences.appearance.theme, preferences.appearance.textSize);
        show({ preferences });
        wantShortcuts(preferences, true);
      }, signal);
      followSchedule((schedule) => show({ schedule }), signal);
    }),
  );

  // A timer for each turn of the minute, not a poll: the clock and "in 23 min" change then.
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    timer = setTimeout(() => {
      show({ now: Date.now() });
      tick();
    }, 60_000 - (Date.now() % 60_000) + 50);
  };
  tick();
  return () => {
    controller.abort();
    clearTimeout(timer);
    closePause?.();
  };
}
