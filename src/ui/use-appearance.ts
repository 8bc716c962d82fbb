import { useLayoutEffect } from 'preact/hooks';
import type { Preferences } from '../core/preferences';
import { applyAppearance } from './apply-appearance';

/**
 * Applies the person's theme and text size to the whole page (theme.css styles both). "system"
 * leaves light or dark to the system. Until preferences have been read, what the snapshot set
 * before first paint (appearance-before-paint.ts) stays.
 */
export function useAppearance(appearance: Preferences['appearance'] | undefined): void {
  const theme = appearance?.theme;
  const textSize = appearance?.textSize;
  useLayoutEffect(() => {
    if (theme && textSize) applyAppearance(theme, textSize);
  }, [theme, textSize]);
}
