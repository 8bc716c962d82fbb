import { useLayoutEffect } from 'preact/hooks';
import type { Preferences } from '../core/preferences';

/**
 * Applies the person's theme and text size to the whole page (theme.css styles both). "system"
 * leaves light or dark to the system. Nothing changes until preferences have been read.
 */
export function useAppearance(appearance: Preferences['appearance'] | undefined): void {
  const theme = appearance?.theme;
  const textSize = appearance?.textSize;
  useLayoutEffect(() => {
    if (!theme || !textSize) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.textSize = textSize;
  }, [theme, textSize]);
}
