import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SupportPage } from '../../src/support/support-page';

describe('More support', () => {
  it('says honestly what Kindly is not, and suggests a therapist', () => {
    render(<SupportPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('More support');
    expect(screen.getByText(/not therapy and not a medical device/)).toBeTruthy();
    expect(screen.getByText(/talking with a therapist/)).toBeTruthy();
  });

  it('lists the crisis lines as plain links', () => {
    render(<SupportPage />);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:116123', 'https://findahelpline.com']);
  });
});
