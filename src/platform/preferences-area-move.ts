import { parsePreferencesArea, planAreaSwitch, type PreferencesArea } from '../core/preferences-area';
import { PREFERENCES_AREA_KEY } from '../core/storage-keys';
import { putBackInterruptedWrite, writeAllOrNothing } from './all-or-nothing';
import { flushPreferences } from './preferences-store';
import { onItemsChanged, withAreas } from './storage';

export type { PreferencesArea } from '../core/preferences-area';

/**
 * Moves preferences to the other area (see planAreaSwitch in core): to this device only, sync's
 * copy stays for the person's other browsers; back to sync, this device's values are shared.
 * Whole or not at all: rejects with a StorageQuotaError (NotEnoughRoomError when measured
 * beforehand) having left both areas as they were.
 */
export async function setPreferencesArea(area: PreferencesArea): Promise<void> {
  // Changes still waiting for the sync writer belong to the area they were made in.
  await flushPreferences();
  await withAreas(['local', 'sync'], async (access) => {
    await putBackInterruptedWrite(access);
    const [sync, local] = await Promise.all([access.read('sync'), access.read('local')]);
    if (parsePreferencesArea(local[PREFERENCES_AREA_KEY]) === area) return;
    const plan = planAreaSwitch(area, sync, local);
    await writeAllOrNothing(access, plan.sync ? { local: plan.local, sync: plan.sync } : { local: plan.local }, { sync, local }, Date.now());
  });
}

/** Calls back with the area whenever this device's choice changes (from any page). */
export function watchPreferencesArea(callback: (area: PreferencesArea) => void, signal?: AbortSignal): () => void {
  return onItemsChanged(
    'local',
    (changes) => PREFERENCES_AREA_KEY in changes && callback(parsePreferencesArea(changes[PREFERENCES_AREA_KEY]?.newValue)),
    signal,
  );
}
