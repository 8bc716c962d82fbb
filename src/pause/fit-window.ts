import { pauseWindowFit } from '../core/pause-window-size';
import { resizeOwnWindow } from '../platform/windows';

/** Gives the pause window its frame's worth more, so the page has the room it was asked for. */
export async function fitPauseWindow(): Promise<void> {
  const { outerWidth, outerHeight, innerWidth, innerHeight } = window;
  const size = pauseWindowFit({ outerWidth, outerHeight, innerWidth, innerHeight, availWidth: screen.availWidth, availHeight: screen.availHeight });
  if (size) await resizeOwnWindow(size);
}
