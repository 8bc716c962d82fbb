import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SelfCompassionPage } from '../../src/self-compassion/self-compassion-page';

describe('What self-compassion is — and isn’t', () => {
  it('covers what it is, what it isn’t, the inner critic, the research and Kindly’s practices', () => {
    render(<SelfCompassionPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("What self-compassion is — and isn't");
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'What it is',
      "What it isn't",
      'Why being hard on yourself keeps you stuck',
      'What research has found',
      "How Kindly's practices fit",
    ]);
    expect(screen.getByText(/kindness you'd offer a good friend, turned toward yourself/)).toBeTruthy();
    for (const not of [/^Not self-pity/, /^Not indulgence/, /^Not weakness/]) expect(screen.getByText(not)).toBeTruthy();
    expect(screen.getByText(/lower stress.*fewer symptoms of depression.*better self-rated health.*healthier habits/)).toBeTruthy();
  });

  it('is short enough to read in about two minutes', () => {
    render(<SelfCompassionPage />);
    const words = (screen.getByRole('main').textContent ?? '').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(480);
  });

  it('links to studies as plain https links that open on their own, and to the welcome and support pages', () => {
    render(<SelfCompassionPage />);
    const external = screen.getAllByRole('link').filter((link) => /^https?:/.test(link.getAttribute('href') ?? ''));
    expect(external.length).toBeGreaterThanOrEqual(4);
    for (const link of external) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/(doi\.org\/10\.\d{4,}\/\S+|self-compassion\.org\/)$/);
      expect(link.getAttribute('rel')).toBe('noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect(screen.getByRole('link', { name: /MacBeth and Gumley \(2012\)/ }).getAttribute('href')).toBe('https://doi.org/10.1016/j.cpr.2012.06.003');
    expect(screen.getByRole('link', { name: 'Getting started with Kindly' }).getAttribute('href')).toBe('welcome.html');
    expect(screen.getByRole('link', { name: 'More support' }).getAttribute('href')).toBe('support.html');
  });
});
