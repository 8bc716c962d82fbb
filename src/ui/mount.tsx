import { render, type ComponentChild } from 'preact';
import { preparePage, type MessageKey } from './i18n';

/** Renders a page's root component into its #app element. */
export function mountPage(titleKey: MessageKey, app: ComponentChild): void {
  preparePage(titleKey);
  const root = document.getElementById('app');
  if (root) render(app, root);
}
