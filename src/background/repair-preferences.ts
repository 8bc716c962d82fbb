import { addBackup } from '../core/preference-backup';
import { planPreferenceRepair } from '../core/preference-repair';
import { PREFERENCE_BACKUP_KEY } from '../core/storage-keys';
import { readPreferenceSources } from '../platform/preferences-reader';
import { updateItems, writeItems } from '../platform/storage';

/**
 * Runs on install and update: migrates stored preferences to this schema version and clears
 * values that can't be read, in whichever area this device keeps them. Unreadable values are
 * backed up to storage.local first, so if the worker stops halfway the worst case is a backup
 * kept twice, never a value lost.
 */
export async function repairPreferences(now: number): Promise<void> {
  // Every item, the person's own affirmations included: only preference items are repaired.
  const { items, area } = await readPreferenceSources();
  const repair = planPreferenceRepair(items);
  if (repair.backup.length > 0) {
    await updateItems('local', [PREFERENCE_BACKUP_KEY], (current) => ({
      set: { [PREFERENCE_BACKUP_KEY]: addBackup(current[PREFERENCE_BACKUP_KEY], repair.backup, now) },
    }));
  }
  await writeItems(area, { set: repair.set, remove: repair.remove });
}
