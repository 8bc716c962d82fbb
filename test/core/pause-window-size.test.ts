import { describe, expect, it } from 'vitest';
import { PAUSE_WINDOW_INNER, pauseWindowFit } from '../../src/core/pause-window-size';

const screen = { availWidth: 1920, availHeight: 1040 };

describe('the pause window’s size', () => {
  it('is the popup’s 600 px inside, a real frame added once the page can measure it', () => {
    expect(PAUSE_WINDOW_INNER).toEqual({ width: 440, height: 600 });
    // As a desktop opens it: asked for 440×600 outside, a 70 px title bar and 8 px of border leave 432×530.
    expect(pauseWindowFit({ outerWidth: 440, outerHeight: 600, innerWidth: 432, innerHeight: 530, ...screen })).toEqual({ width: 448, height: 670 });
  });

  it('is left alone when it already has the room, or has no frame (headless)', () => {
    expect(pauseWindowFit({ outerWidth: 448, outerHeight: 670, innerWidth: 440, innerHeight: 600, ...screen })).toBeUndefined();
    expect(pauseWindowFit({ outerWidth: 440, outerHeight: 600, innerWidth: 440, innerHeight: 600, ...screen })).toBeUndefined();
  });

  it('never grows past the screen, and does nothing before the window can be measured', () => {
    expect(pauseWindowFit({ outerWidth: 440, outerHeight: 600, innerWidth: 432, innerHeight: 530, availWidth: 1366, availHeight: 640 })).toEqual({ width: 448, height: 640 });
    expect(pauseWindowFit({ outerWidth: 0, outerHeight: 0, innerWidth: 0, innerHeight: 0, ...screen })).toBeUndefined();
  });
});
