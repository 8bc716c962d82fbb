import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { breathingCue } from '../../src/core/breathing';
import { BreathingPacer } from '../../src/ui/breathing-pacer';

const options = { durationMs: 60_000 };
const cueAt = (ms: number) => breathingCue('coherent', options, ms);

function circle(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.breathing-pacer__circle');
  if (!element) throw new Error('no circle');
  return element;
}

function liveRegion(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!element) throw new Error('no live region');
  return element;
}

/** Stands in for the system setting; jsdom has no matchMedia of its own. */
function systemReducesMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('BreathingPacer', () => {
  it('grows the circle towards a full breath on "in", over what is left of the phase', () => {
    render(<BreathingPacer cue={cueAt(0)} />);
    expect(screen.getByText('Breathe in')).toBeTruthy();
    expect(screen.getByText('6')).toBeTruthy();
    expect(circle().style.transform).toBe('scale(1)');
    expect(circle().style.transition).toMatch(/transform 5500ms/);
  });

  it('shrinks it on "out", and keeps it full through a hold', () => {
    const { rerender } = render(<BreathingPacer cue={cueAt(6_000)} />);
    expect(circle().style.transform).toBe('scale(0.5)');
    rerender(<BreathingPacer cue={breathingCue('box', options, 5_000)} />);
    expect(screen.getByText('Hold gently')).toBeTruthy();
    expect(circle().style.transform).toBe('scale(1)');
  });

  it('freezes the circle where it is while paused', () => {
    render(<BreathingPacer cue={cueAt(2_750)} paused />);
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(circle().style.transform).toBe('scale(0.75)');
    expect(circle().style.transition).toMatch(/transform 0ms/);
  });

  it('moves nothing when asked for reduced motion: only the opacity and the countdown change', () => {
    const { rerender } = render(<BreathingPacer cue={cueAt(0)} reducedMotion />);
    expect(document.querySelector('.breathing-pacer--still')).toBeTruthy();
    expect(circle().style.transform).toBe('');
    expect(circle().style.transition).not.toMatch(/transform/);
    expect(circle().style.opacity).toBe('1');
    rerender(<BreathingPacer cue={cueAt(9_000)} reducedMotion />);
    expect(circle().style.transform).toBe('');
    expect(circle().style.opacity).toBe('0.4');
    expect(screen.getByText('2')).toBeTruthy();
  });

  it('follows the system setting for reduced motion', () => {
    systemReducesMotion(true);
    render(<BreathingPacer cue={cueAt(0)} />);
    expect(circle().style.transform).toBe('');
    expect(document.querySelector('.breathing-pacer--still')).toBeTruthy();
  });

  it('moves when the system has no preference', () => {
    systemReducesMotion(false);
    render(<BreathingPacer cue={cueAt(0)} />);
    expect(circle().style.transform).toBe('scale(1)');
  });

  it('tells screen readers each new cue once, not every second', () => {
    const { rerender } = render(<BreathingPacer cue={cueAt(0)} />);
    const changes: string[] = [];
    const observer = new MutationObserver(() => undefined);
    observer.observe(liveRegion(), { subtree: true, childList: true, characterData: true });
    for (let ms = 250; ms < 11_000; ms += 250) {
      rerender(<BreathingPacer cue={cueAt(ms)} />);
      // What this render changed in the live region, if anything: each change is read aloud.
      if (observer.takeRecords().length > 0) changes.push(liveRegion().textContent ?? '');
    }
    observer.disconnect();
    expect(liveRegion().textContent).toBe('Breathe out');
    expect(changes).toEqual(['Breathe out']);
    expect(liveRegion().textContent).not.toMatch(/\d/);
  });
});
