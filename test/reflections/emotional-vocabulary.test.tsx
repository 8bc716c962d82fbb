import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/core/journal';
import { EmotionalVocabulary } from '../../src/reflections/emotional-vocabulary';
import { local } from '../helpers/time-zones';

const named = (at: number, ...emotions: string[]): JournalEntry => ({ exercise: 'name-it', at, seconds: 60, finished: true, emotions });

const groups = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => ({
    quadrant: heading.textContent,
    words: within(heading.parentElement as HTMLElement).getAllByRole('listitem').map((item) => item.textContent),
  }));

describe('your emotional vocabulary', () => {
  it('says how many different feelings were named this month, how many for the first time, and last month plainly', () => {
    const now = local(2026, 4, 20, 12);
    const entries = [
      named(local(2026, 4, 18, 9), 'calm', 'tense'),
      named(local(2026, 4, 10, 9), 'tired', 'curious'),
      named(local(2026, 4, 2, 9), 'calm'),
      named(local(2026, 3, 15, 9), 'tired'),
      named(local(2026, 3, 14, 9), 'calm', 'sad'),
    ];
    render(<EmotionalVocabulary entries={entries} now={now} />);
    expect(screen.getByRole('region', { name: 'Your emotional vocabulary' })).toBeTruthy();
    expect(screen.getByText('You named 4 different feelings this month. 2 of them are new to your journal. Last month you named 3.')).toBeTruthy();
    expect(groups()).toEqual([
      { quadrant: 'Pleasant, lots of energy', words: ['curious new'] },
      { quadrant: 'Pleasant, little energy', words: ['calm'] },
      { quadrant: 'Unpleasant, lots of energy', words: ['tense new'] },
      { quadrant: 'Unpleasant, little energy', words: ['tired'] },
    ]);
  });

  it('marks new words in words, not by colour alone', () => {
    const now = local(2026, 4, 20, 12);
    render(<EmotionalVocabulary entries={[named(now - 1000, 'calm')]} now={now} />);
    expect(screen.getByText('You named one feeling this month. It\'s new to your journal.')).toBeTruthy();
    expect(within(screen.getByRole('listitem')).getByText('new').textContent?.trim()).toBe('new');
  });

  it('says all of them are new in a first month, and never compares with a fuller last month', () => {
    const now = local(2026, 5, 20, 12);
    const entries = [named(local(2026, 5, 3, 9), 'proud', 'grateful'), named(local(2026, 4, 3, 9), 'calm', 'tired'), named(local(2026, 4, 4, 9), 'sad', 'tense')];
    render(<EmotionalVocabulary entries={entries} now={now} />);
    const words = screen.getByRole('region').textContent ?? '';
    expect(words).toContain('You named 2 different feelings this month. All of them are new to your journal. Last month you named 4.');
    expect(words).not.toMatch(/fewer|down|less|only|drop/i);
  });

  it('waits kindly in a month with nothing named yet', () => {
    render(<EmotionalVocabulary entries={[named(local(2026, 4, 28, 9), 'calm')]} now={local(2026, 5, 2, 12)} />);
    expect(screen.getByText(/^No feelings named yet this month\./).textContent).toBe(
      'No feelings named yet this month. When you check in with Name it, the words you choose gather here. Last month you named one.',
    );
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
  });
});
