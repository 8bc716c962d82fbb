/*
 * The new tab's shortcuts from the browser's most-visited list: web pages only (never a browser
 * or extension page, nor a `javascript:` or `file:` link), each address once, at most a row's
 * worth. A tile shows a letter, not the site's icon: no icon is fetched, and Chrome's would need
 * one more permission.
 */

export interface ShortcutTile {
  url: string;
  /** The page's title, or its host without "www." where it has none. */
  label: string;
  /** The label's first letter or digit, upper case: the tile reads as the name under it. */
  letter: string;
}

/** As many as the new tab's row holds (newtab.css keeps room for them before they arrive). */
export const SHORTCUT_TILES_MAX = 8;
const LABEL_MAX = 60;

const webAddress = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

export function shortcutTiles(sites: readonly { url?: unknown; title?: unknown }[]): ShortcutTile[] {
  const tiles: ShortcutTile[] = [];
  const seen = new Set<string>();
  for (const { url, title } of sites) {
    if (tiles.length === SHORTCUT_TILES_MAX) break;
    if (typeof url !== 'string' || seen.has(url)) continue;
    const host = webAddress.exec(url)?.[1]?.toLowerCase().replace(/^www\./, '');
    if (!host) continue;
    seen.add(url);
    const named = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
    const label = (named || host).slice(0, LABEL_MAX);
    const letter = /[\p{L}\p{N}]/u.exec(label)?.[0] ?? /[\p{L}\p{N}]/u.exec(host)?.[0] ?? host.charAt(0);
    tiles.push({ url, label, letter: letter.toUpperCase() });
  }
  return tiles;
}
