/*
 * Sets the theme and text size on <html>, which theme.css styles. Shared by the script that runs
 * before first paint (appearance-before-paint.ts) and by pages once preferences are read, so both
 * agree. Values other than the ones theme.css knows leave the system's choice and normal size.
 */
/** The theme and text size as stored items (the pages' snapshot) have them. */
export function applyStoredAppearance(items: Record<string, unknown>): void {
  applyAppearance(items['appearance.theme'], items['appearance.textSize']);
}

export function applyAppearance(theme: unknown, textSize: unknown): void {
  const root = document.documentElement.dataset;
  if (theme === 'light' || theme === 'dark') root.theme = theme;
  else delete root.theme;
  if (textSize === 'large' || textSize === 'larger') root.textSize = textSize;
  else delete root.textSize;
}
