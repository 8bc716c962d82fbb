import { fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { dayListKey } from '../../src/core/day-lists';
import { exercises } from '../../src/core/exercises';
import { PREFERENCE_SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { Popup } from '../../src/popup/popup';
import { t, type MessageKey } from '../../src/ui/i18n';
import { seedPreferenceSnapshot } from '../helpers/preference-snapshot';
import { local } from '../helpers/time-zones';
import { settled } from '../helpers/worker';

/** Opens every practice folded to its first few (the "N more" rows). */
function openEveryPractice() {
  for (const more of screen.queryAllByRole('button', { name: /^\d+ more$/ })) fireEvent.click(more);
}
const exerciseRows = () => document.querySelectorAll('main .exercise[data-exercise]');

describe('Popup', () => {
  it('lists every exercise at once, grouped by practice, each with its length', () => {
    render(<Popup />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kindly');
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    expect(list.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Be here now',
      'Name what you feel',
      'Let feelings be',
      'Be a good friend to yourself',
      'Trust what matters to you',
    ]);
    // Before the journal is read there is no suggestion yet, so the list holds every exercise,
    // those past a practice's first three one press away.
    openEveryPractice();
    expect(list.getAllByRole('button')).toHaveLength(exercises.length);
    expect(list.getByRole('button', { name: /Even breathing/ }).textContent).toMatch(/about \d+ min/);
  });

  it('names the link to the self-compassion page as the page names itself', () => {
    render(<Popup />);
    const link = screen.getByRole('link', { name: "What self-compassion is — and isn't" });
    expect(link.getAttribute('href')).toBe('self-compassion.html');
  });

  it('folds a long practice to its first three, and the rest come with one press, focus on the first of them', async () => {
    render(<Popup />);
    const mindfulness = () => within(screen.getByRole('heading', { name: 'Be here now' }).closest('.practice') as HTMLElement);
    const count = exercises.filter((exercise) => exercise.practice === 'mindfulness').length;
    expect(mindfulness().getAllByRole('button').map((button) => button.dataset.exercise ?? button.textContent)).toEqual([
      'coherent-breathing',
      'cyclic-sigh',
      'box-breathing',
      `${count - 3} more`,
    ]);
    fireEvent.click(mindfulness().getByRole('button', { name: `${count - 3} more` }));
    expect(mindfulness().getAllByRole('button')).toHaveLength(count);
    await vi.waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.exercise).toBe('four-seven-eight'));
  });

  it('suggests one exercise for now, and not the one just done', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local(2026, 11, 23, 15));
    try {
      const { unmount } = render(<Popup />);
      const suggestion = () => within(screen.getByRole('region', { name: 'Suggested for now' })).findByRole('button');
      expect((await suggestion()).textContent).toMatch(/^Cyclic sigh/);
      unmount();
      await fakeBrowser.storage.local.set({ [dayListKey('journal', Date.now())]: [{ exercise: 'cyclic-sigh', at: Date.now() - 60_000, seconds: 60, finished: true }] });
      render(<Popup />);
      expect((await suggestion()).textContent).not.toMatch(/^Cyclic sigh/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the person’s favourites first, in their own group, below the suggestion', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.favourites': ['self-compassion-break', 'box-breathing'] });
    render(<Popup />);
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    await vi.waitFor(() => expect(list.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe('Your favourites'));
    const favourites = within(list.getAllByRole('list')[0]!).getAllByRole('button').map((button) => button.querySelector('.exercise__title')?.textContent);
    const suggestion = (await within(screen.getByRole('region', { name: 'Suggested for now' })).findByRole('button')).querySelector('.exercise__title')?.textContent;
    expect(favourites).toEqual(['Box breathing', 'Self-compassion break'].filter((title) => title !== suggestion));
  });

  it('lists every exercise exactly once, the suggestion included, even when it is a favourite', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // At 8 pm the self-compassion break is suggested; it is a favourite too.
    vi.setSystemTime(local(2026, 11, 23, 20));
    try {
      await fakeBrowser.storage.sync.set({ 'exercises.favourites': ['self-compassion-break', 'box-breathing'] });
      render(<Popup />);
      const suggested = within(screen.getByRole('region', { name: 'Suggested for now' }));
      expect((await suggested.findByRole('button')).textContent).toMatch(/^Self-compassion break/);
      await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Your favourites' })).toBeTruthy());
      openEveryPractice();
      const titles = [...document.querySelectorAll('main .exercise__title')].map((title) => title.textContent);
      expect(titles.toSorted()).toEqual(exercises.map((exercise) => t(exercise.title as MessageKey)).toSorted());
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides the exercises the person chose to hide', async () => {
    await fakeBrowser.storage.sync.set({ 'exercises.hidden': ['body-scan'] });
    render(<Popup />);
    await vi.waitFor(() => {
      openEveryPractice();
      expect(exerciseRows()).toHaveLength(exercises.length - 1);
    });
    expect(screen.queryByRole('button', { name: /Body scan/i })).toBeNull();
  });

  it('lists what the pages’ snapshot says from the very first render, before storage is read or the schema has come', async () => {
    // At 3 pm the suggestion is cyclic sigh, so even breathing stays in the list (any hour before
    // 11 would suggest it and take it out).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(local(2026, 11, 23, 15));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const snapshot = { 'exercises.hidden': ['body-scan'], 'exercises.favourites': ['friend-check'], 'exercises.breathingMinutes': 3 };
    seedPreferenceSnapshot(snapshot);
    await fakeBrowser.storage.sync.set(snapshot);
    render(<Popup />);
    // No await: the first render, before the chunk that parses preferences (checked-parts.ts)
    // has arrived, already leaves the hidden exercise out, lists the favourite first and breathes
    // for the person's minutes.
    expect(screen.getByRole('region', { name: 'Mindful pause reminders' }).getAttribute('aria-busy')).toBe('true');
    openEveryPractice();
    expect(exerciseRows()).toHaveLength(exercises.length - 1);
    expect(screen.queryByRole('button', { name: /Body scan/i })).toBeNull();
    const list = within(screen.getByRole('region', { name: 'All exercises' }));
    expect(list.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe('Your favourites');
    expect(list.getByRole('button', { name: /Even breathing/ }).textContent).toMatch(/about 3 min/);
    // Then the schema has the last word, and it agrees.
    await screen.findByRole('status');
    expect(list.getByRole('button', { name: /Even breathing/ }).textContent).toMatch(/about 3 min/);
  });

  it('runs an exercise in place, and pops it out to the pause window on the same step', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);
    fireEvent.click(screen.getByRole('button', { name: /Even breathing/ }));
    // The runner arrives as a chunk of its own once an exercise starts.
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Pop out/ }));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith({ kind: 'start-pause', exercise: 'coherent-breathing', step: 0, answers: { emotions: [], notes: {}, pickedValues: [] } });
  });

  it('brings focus back to the exercise’s entry when it closes with Esc or with Close at the end', async () => {
    const user = userEvent.setup();
    render(<Popup />);
    const entry = () => screen.getByRole('button', { name: /Friend check/ });
    entry().focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Friend check' });
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(document.activeElement).toBe(entry()));
    await user.click(screen.getByRole('button', { name: /Allow it/ }));
    await screen.findByRole('heading', { name: 'Allow it' });
    // Through to the end (whatever the runner names its way on), then Close.
    for (let step = 0; step < 20 && !screen.queryByRole('button', { name: 'Close' }); step += 1) {
      const next = screen.queryAllByRole('button').find((button) => /^(Next|Begin|Continue|Done|Skip step|Finish)/.test(button.textContent ?? ''));
      if (!next) break;
      await user.click(next);
    }
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Allow it/ })));
  });

  it('writes nothing to storage just by being opened', async () => {
    render(<Popup />);
    // It has read the preferences once it refreshed the pages' snapshot; whatever it started
    // writing by then has been written once settled() resolves.
    await vi.waitFor(() => expect(localStorage.getItem(PREFERENCE_SNAPSHOT_KEY)).not.toBeNull());
    await settled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('the popup’s top bar', () => {
  it('leads to Reflections in a tab, between the pause and Preferences', () => {
    render(<Popup />);
    const places = within(screen.getByRole('navigation', { name: t('popupPlacesLabel') }));
    const reflections = places.getByRole('link', { name: t('popupReflections') });
    expect(reflections.getAttribute('href')).toBe('reflections.html');
    expect(reflections.getAttribute('target')).toBe('_blank');
    expect(reflections.title).toBe(t('popupReflections'));
    const names = [...places.getAllByRole('link'), ...places.getAllByRole('button')].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).map((place) => place.getAttribute('aria-label'));
    expect(names).toEqual([t('popupPauseWindow'), t('popupReflections'), t('openOptions'), t('moreSupport')]);
  });
});
