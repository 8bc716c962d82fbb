/*
 * The pause window's size. Browsers size a new window from the outside, frame and title bar
 * included, so a window asked for 600 px leaves about 530 px for the page on a desktop with a
 * real frame: a popped-out Name it would lose Continue below the fold. The worker asks for the
 * page's size; the page, once open, measures its frame and asks for that much more.
 */

/** The room the page wants inside the window: the popup's height, a little wider. */
export const PAUSE_WINDOW_INNER = { width: 440, height: 600 } as const;

export interface WindowMeasures {
  outerWidth: number;
  outerHeight: number;
  innerWidth: number;
  innerHeight: number;
  /** The screen's room for windows (screen.availWidth and availHeight). */
  availWidth: number;
  availHeight: number;
}

/**
 * The outer size that leaves `PAUSE_WINDOW_INNER` inside, never bigger than the screen allows;
 * undefined when the window is already that size (or can't be measured, as before it has shown).
 */
export function pauseWindowFit(measures: WindowMeasures): { width: number; height: number } | undefined {
  const { outerWidth, outerHeight, innerWidth, innerHeight, availWidth, availHeight } = measures;
  const known = [outerWidth, outerHeight, innerWidth, innerHeight].every((value) => Number.isFinite(value) && value > 0);
  if (!known) return undefined;
  const frameWidth = Math.max(0, outerWidth - innerWidth);
  const frameHeight = Math.max(0, outerHeight - innerHeight);
  const cap = (wanted: number, room: number) => (Number.isFinite(room) && room > 0 ? Math.min(wanted, room) : wanted);
  const width = Math.round(cap(PAUSE_WINDOW_INNER.width + frameWidth, availWidth));
  const height = Math.round(cap(PAUSE_WINDOW_INNER.height + frameHeight, availHeight));
  return Math.abs(width - outerWidth) <= 1 && Math.abs(height - outerHeight) <= 1 ? undefined : { width, height };
}
