import type { ShortcutTile } from '../core/shortcut-tiles';
import { t } from '../ui/i18n';
import { button, element, setChildren, setText } from './dom';

/**
 * What the shortcut row has to show: nothing yet (its room is kept), the tiles, or — where the
 * person turned shortcuts on in another browser — this browser's permission still to give.
 */
export type ShortcutsState = 'waiting' | 'not-allowed' | readonly ShortcutTile[];

export interface ShortcutRow {
  nav: HTMLElement;
  show(state: ShortcutsState): void;
}

/**
 * The most-visited sites as quiet letter tiles, in a row whose height newtab.css fixes, so the
 * tiles arriving after first paint move nothing. Plain links: the browser opens them, in this tab
 * or (middle click, Ctrl) another, as any link.
 */
export function createShortcutRow(onAllow: () => void): ShortcutRow {
  const nav = element('nav', 'newtab__shortcuts');
  nav.setAttribute('aria-label', t('newTabShortcutsLabel'));
  const list = element('ul', 'newtab__tiles');
  const empty = element('p', 'newtab__shortcuts-note muted');
  empty.textContent = t('newTabShortcutsNoneYet');
  const allow = button('link', t('newTabShortcutsAllow'), onAllow);
  const tiles = new Map<string, HTMLLIElement>();

  const tileFor = ({ url, label, letter }: ShortcutTile): HTMLLIElement => {
    const key = `${url}\n${label}`;
    const known = tiles.get(key);
    if (known) return known;
    const item = element('li');
    const link = element('a', 'newtab__tile');
    link.href = url;
    // The label may be cut short to fit the tile: the whole of it on hover.
    link.title = label;
    const badge = element('span', 'newtab__tile-letter');
    badge.setAttribute('aria-hidden', 'true');
    setText(badge, letter);
    const name = element('span', 'newtab__tile-label');
    setText(name, label);
    link.append(badge, name);
    item.append(link);
    tiles.set(key, item);
    return item;
  };

  return {
    nav,
    show(state) {
      if (state === 'waiting') return setChildren(nav, []);
      if (state === 'not-allowed') return setChildren(nav, [allow]);
      if (state.length === 0) return setChildren(nav, [empty]);
      setChildren(list, state.map(tileFor));
      setChildren(nav, [list]);
    },
  };
}
