import { addBackup } from '../core/preference-backup';
import { planPreferenceRepair } from '../core/preference-repair';
import { chosenPreferenceItems, localPreferenceKeys, parsePreferencesArea } from '../core/preferences-area';
import { PREFERENCE_BACKUP_KEY, PREFERENCES_AREA_KEY } from '../core/storage-keys';
import { readItems, updateItems, writeItems } from '../platform/storage';

/**
 * Runs on install and update: migrates stored preferences to this schema version and clears
 * values that can't be read, in whichever area this device keeps them. Unreadable values are
 * backed up to storage.local first, so if the worker stops halfway the worst case is a backup
 * kept twice, never a value lost.
 */
export async function repairPreferences(now: number): Promise<void> {
  const [sync, marked] = await Promise.all([readItems('sync'), readItems('local', localPreferenceKeys)]);
  const area = parsePreferencesArea(marked[PREFERENCES_AREA_KEY]);
  // Kept on this device: the items beside the schema's leaves (the person's own affirmations)
  // have no fixed keys, so the whole area is read; only its preference items are repaired.
  const local = area === 'local' ? await readItems('local') : marked;
  const repair = planPreferenceRepair(chosenPreferenceItems(sync, local));
  if (repair.backup.length > 0) {
    await updateItems('local', [PREFERENCE_BACKUP_KEY], (current) => ({
      set: { [PREFERENCE_BACKUP_KEY]: addBackup(current[PREFERENCE_BACKUP_KEY], repair.backup, now) },
    }));
  }
  await writeItems(area, { set: repair.set, remove: repair.remove });
}
