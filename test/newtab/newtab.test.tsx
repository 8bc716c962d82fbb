import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NewTab } from '../../src/newtab/newtab';

describe('NewTab', () => {
  it('shows one affirmation at once, with nothing to wait for', () => {
    render(<NewTab random={0} />);
    expect(screen.getByText('Speak to yourself the way you would speak to a friend you love.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A kind thought for this moment');
  });

  it('shows a different affirmation for a different random draw', () => {
    render(<NewTab random={0.99} />);
    expect(screen.getByText('You know what matters to you. Let that guide the next small step.')).toBeTruthy();
  });
});
