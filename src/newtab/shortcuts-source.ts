import { shortcutTiles } from '../core/shortcut-tiles';
import { followPermission, giveBackPermission, hasPermission } from '../platform/permissions';
import { mostVisitedSites } from '../platform/top-sites';
import type { ShortcutsState } from './shortcut-row';

/**
 * The shortcut row's contents while shortcuts are wanted: the tiles where this browser has given
 * the `topSites` permission, else 'not-allowed' (they were turned on in another browser, or the
 * permission was taken back in the browser's settings). Follows the permission live, until
 * `signal` aborts.
 */
export function followShortcuts(show: (state: ShortcutsState) => void, signal: AbortSignal): void {
  followPermission(
    'topSites',
    (allowed) => {
      if (!allowed) return show('not-allowed');
      mostVisitedSites().then(
        (sites) => !signal.aborted && show(shortcutTiles(sites)),
        () => !signal.aborted && show([]),
      );
    },
    signal,
  );
}

/**
 * Shortcuts turned off (here or, through sync, in another browser): the permission they needed
 * goes back to the browser, so Kindly holds no more than it uses.
 */
export async function giveBackShortcutsPermission(): Promise<void> {
  if (await hasPermission('topSites')) await giveBackPermission('topSites');
}
