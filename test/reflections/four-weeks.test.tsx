import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/core/journal';
import { FourWeeks } from '../../src/reflections/four-weeks';
import { PausesThisWeek } from '../../src/reflections/pauses-this-week';
import { local } from '../helpers/time-zones';

const entry = (at: number, emotions?: string[]): JournalEntry => ({ exercise: 'name-it', at, seconds: 60, finished: true, ...(emotions ? { emotions } : {}) });

/** Wednesday 15 April 2026, with check-ins this week and two weeks ago, none in between. */
function journal() {
  return [
    entry(local(2026, 4, 15, 9), ['calm', 'tired']),
    entry(local(2026, 4, 14, 18), ['calm']),
    entry(local(2026, 4, 14, 9)),
    entry(local(2026, 3, 31, 9), ['tense']),
  ].sort((a, b) => b.at - a.at);
}

/** Intl puts thin spaces around a range's dash. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole(/cell|rowheader|columnheader/).map((cell) => plain(cell.textContent)));

describe('the last four weeks', () => {
  it('draws one labelled image whose summary says each week in words', () => {
    render(<FourWeeks entries={journal()} now={local(2026, 4, 15, 12)} locale="en-GB" />);
    const section = screen.getByRole('region', { name: 'The last four weeks' });
    const chart = within(section).getByRole('img');
    expect(plain(chart.getAttribute('aria-label'))).toBe(
      'Chart of the last four weeks. 23 – 29 Mar: check-ins 0, pauses 0. 30 Mar – 5 Apr: check-ins 1, pauses 1. 6 – 12 Apr: check-ins 0, pauses 0. This week, 13 – 19 Apr: check-ins 2, pauses 3.',
    );
    // Quadrants are named beside their colour and pattern, never by colour alone.
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Pleasant, lots of energy',
      'Pleasant, little energy',
      'Unpleasant, lots of energy',
      'Unpleasant, little energy',
      'Pauses each day',
    ]);
    for (const quadrant of ['pleasant-high', 'pleasant-low', 'unpleasant-high', 'unpleasant-low']) {
      expect(section.querySelector(`pattern[id$="-${quadrant}"] path`)?.getAttribute('d')).toBeTruthy();
    }
  });

  it('has the same numbers as a table, shown on request, with empty weeks simply empty', async () => {
    const user = userEvent.setup();
    render(<FourWeeks entries={journal()} now={local(2026, 4, 15, 12)} locale="en-GB" />);
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    const table = screen.getByRole('table', { name: "The last four weeks: each quadrant's share of the feelings you named, and the pauses you took" });
    expect(rowsOf(table)).toEqual([
      ['', '23 – 29 Mar', '30 Mar – 5 Apr', '6 – 12 Apr', 'This week, 13 – 19 Apr'],
      ['Check-ins', '0', '1', '0', '2'],
      // calm ×1.5 of 2, tired ×0.5 of 2; an empty week says so once, down its quadrant rows.
      ['Pleasant, lots of energy', 'No feelings named this week', '0%', 'No feelings named this week', '0%'],
      ['Pleasant, little energy', '0%', '75%'],
      ['Unpleasant, lots of energy', '100%', '0%'],
      ['Unpleasant, little energy', '0%', '25%'],
      ['Pauses on Monday', '0', '0', '0', '0'],
      ['Pauses on Tuesday', '0', '1', '0', '2'],
      ['Pauses on Wednesday', '0', '0', '0', '1'],
      ['Pauses on Thursday', '0', '0', '0', '0'],
      ['Pauses on Friday', '0', '0', '0', '0'],
      ['Pauses on Saturday', '0', '0', '0', '0'],
      ['Pauses on Sunday', '0', '0', '0', '0'],
    ]);
    expect(within(table).getAllByRole('columnheader').map((header) => plain(header.textContent))).toEqual([
      '23 – 29 Mar',
      '30 Mar – 5 Apr',
      '6 – 12 Apr',
      'This week, 13 – 19 Apr',
    ]);
    expect(screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Hide the table' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('starts its weeks on the locale’s first day', async () => {
    const user = userEvent.setup();
    render(<FourWeeks entries={journal()} now={local(2026, 4, 15, 12)} locale="en-US" />);
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    const rows = rowsOf(screen.getByRole('table'));
    expect(rows[0]).toEqual(['', 'Mar 22 – 28', 'Mar 29 – Apr 4', 'Apr 5 – 11', 'This week, Apr 12 – 18']);
    expect(rows.slice(6).map((cells) => cells[0])).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((day) => `Pauses on ${day}`));
  });
});

describe('pauses this week', () => {
  const now = () => local(2026, 4, 15, 12);

  it('says how many practices were done, in plain words', () => {
    const { rerender } = render(<PausesThisWeek entries={journal()} now={now()} locale="en-GB" />);
    expect(screen.getByText('You paused 3 times this week.')).toBeTruthy();
    rerender(<PausesThisWeek entries={journal().slice(0, 1)} now={now()} locale="en-GB" />);
    expect(screen.getByText('You paused once this week.')).toBeTruthy();
  });

  it('says none kindly', () => {
    render(<PausesThisWeek entries={[]} now={now()} locale="en-GB" />);
    expect(screen.getByText("No pauses yet this week. That's fine.")).toBeTruthy();
  });
});
