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
    for (const not of [/^Not self-pity/, /^Not indulgence/, /^Not weakness/, /^Not self-esteem/]) expect(screen.getByText(not)).toBeTruthy();
    expect(screen.getByText(/lower stress.*fewer symptoms of depression.*better self-rated health.*healthier habits/)).toBeTruthy();
  });

  it('credits what its practices adapt, says kindness can stir things up at first, and that a therapist can help anyone', () => {
    render(<SelfCompassionPage />);
    expect(screen.getByText(/breathing space, adapted from mindfulness-based cognitive therapy/)).toBeTruthy();
    expect(screen.getByText(/^Allow it, adapted from Tara Brach's RAIN/)).toBeTruthy();
    expect(screen.getByText(/Friend check and the self-compassion break, both adapted from Kristin Neff's/)).toBeTruthy();
    expect(screen.getByText(/can stir up grief.*That is common/)).toBeTruthy();
    expect(screen.getByText(/A therapist can help anyone learn .* not only when things feel heavy/)).toBeTruthy();
  });

  it('is short enough to read in under three minutes', () => {
    render(<SelfCompassionPage />);
    const words = (screen.getByRole('main').textContent ?? '').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(620);
  });

  it('links to studies as plain https links that open on their own, and to the welcome and support pages', () => {
    render(<SelfCompassionPage />);
    const external = screen.getAllByRole('link').filter((link) => /^https?:/.test(link.getAttribute('href') ?? ''));
    expect(external.length).toBeGreaterThanOrEqual(4);
    for (const link of external) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/(doi\.org\/10\.\d{4,}\/\S+|self-compassion\.org\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+\/)$/);
      expect(link.getAttribute('rel')).toBe('noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect(screen.getByRole('link', { name: /MacBeth and Gumley \(2012\)/ }).getAttribute('href')).toBe('https://doi.org/10.1016/j.cpr.2012.06.003');
    // The seed's three studies, each with a line of what it found (or, where that couldn't be checked, what it is).
    expect(screen.getByRole('link', { name: /^Sirois \(2020\), 26 samples: .*rated their own health better/ }).getAttribute('href')).toBe('https://doi.org/10.1186/s12889-020-8183-1');
    expect(screen.getByRole('link', { name: /^López, Sanderman and Schroevers \(2018\).*depression/ }).getAttribute('href')).toBe('https://doi.org/10.1007/s12671-018-0891-6');
    expect(screen.getByRole('link', { name: /mindfulness reference/ }).getAttribute('href')).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC7647439/');
    expect(screen.getByRole('link', { name: 'Getting started with Kindly' }).getAttribute('href')).toBe('welcome.html');
    expect(screen.getByRole('link', { name: 'More support' }).getAttribute('href')).toBe('support.html');
  });
});
