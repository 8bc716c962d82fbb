import type { Affirmation } from '../core/affirmations';
import type { Preferences } from '../core/preferences';
import type { ScheduleState } from '../core/reminders/schedule-state';
import { t, type MessageKey } from '../ui/i18n';
import { greetingText } from './greeting';
import { clockText, nextPauseText } from './next-pause-text';

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
}

export interface NewTabView {
  show(state: NewTabState): void;
  /** Where the one-minute pause renders itself. */
  pauseContainer: HTMLElement;
  focusPauseButton(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}

function setText(target: Element, text: string): void {
  if (target.textContent !== text) target.textContent = text;
}

/**
 * Makes `wanted` the children, removing and inserting only what changed: a node that stays is
 * never moved, since moving it would take focus from it (or from a button inside it).
 */
function setChildren(parent: Element, wanted: readonly Element[]): void {
  for (const child of [...parent.children]) if (!wanted.includes(child)) child.remove();
  wanted.forEach((child, index) => {
    const there = parent.children[index];
    if (there !== child) parent.insertBefore(child, there ?? null);
  });
}

/**
 * The new tab as plain DOM rather than Preact: the page must paint its content as fast as a
 * blank page with at most 12 KB of script, and a renderer would be a third of that. Preact and
 * the exercise runner come with the one-minute pause, loaded on click.
 *
 * Each element is made once and kept. `show` adds, removes and retexts only what changed, so an
 * update that changes nothing touches nothing, nothing that stays moves, and focus stays put.
 */
export function createNewTabView(root: Element, onStartPause: () => void): NewTabView {
  const main = element('main', 'newtab');
  const clock = element('p', 'newtab__clock');
  const time = element('time');
  clock.append(time);
  const heading = element('h1', 'visually-hidden');
  heading.textContent = t('newTabLabel');
  const greeting = element('p', 'newtab__greeting');
  const sentence = element('p', 'newtab__affirmation');
  const actions = element('div', 'newtab__actions');
  const button = element('button', 'quiet');
  button.type = 'button';
  button.textContent = t('newTabPauseButton');
  button.addEventListener('click', onStartPause);
  // Keeps its height while empty (newtab.css): the schedule arrives after first paint.
  const nextPause = element('p', 'newtab__next-pause muted');
  const pauseContainer = element('div', 'newtab__pause');
  root.append(main);

  return {
    pauseContainer,
    focusPauseButton: () => button.focus(),
    show(state) {
      const { newTab, reminders } = state.preferences;
      const minimal = newTab.mode === 'minimal';
      main.classList.toggle('newtab--minimal', minimal);
      setText(sentence, state.affirmation.text ?? t(state.affirmation.id as MessageKey));
      setText(greeting, greetingText(newTab.greetingName, state.openedAt));
      setText(time, clockText(state.now));
      setText(nextPause, nextPauseText(reminders, state.schedule, state.now));
      setChildren(actions, newTab.showNextPause ? [button, nextPause] : [button]);
      const body = state.pausing ? [pauseContainer] : minimal ? [sentence] : [...(newTab.showGreeting ? [greeting] : []), sentence, actions];
      setChildren(main, [...(!minimal && newTab.showClock ? [clock] : []), heading, ...body]);
    },
  };
}
