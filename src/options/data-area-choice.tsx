import { useEffect, useState } from 'preact/hooks';
import { preferencesArea } from '../platform/preferences-reader';
import { setPreferencesArea, watchPreferencesArea, type PreferencesArea } from '../platform/preferences-area-move';
import { StorageQuotaError } from '../platform/storage-errors';
import { RadioGroup } from '../ui/fields/radio-group';
import { t } from '../ui/i18n';

/** Sync across the person's browsers (the default), or keep preferences on this device only. */
export function DataAreaChoice() {
  const [area, setArea] = useState<PreferencesArea>();
  const [moving, setMoving] = useState(false);
  const [said, setSaid] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    watchPreferencesArea(setArea, controller.signal);
    void preferencesArea().then((first) => {
      // A change seen while the first read was on its way is newer: keep it.
      if (!controller.signal.aborted) setArea((seen) => seen ?? first);
    });
    return () => controller.abort();
  }, []);

  if (!area) return null;

  const choose = async (next: PreferencesArea) => {
    const before = area;
    setArea(next);
    setMoving(true);
    setSaid('');
    try {
      await setPreferencesArea(next);
      setSaid(t(next === 'local' ? 'dataAreaMovedLocal' : 'dataAreaMovedSync'));
    } catch (error) {
      setArea(before);
      setSaid(t(error instanceof StorageQuotaError && error.area === 'sync' ? 'dataAreaSyncFull' : 'dataAreaError'));
    } finally {
      setMoving(false);
    }
  };

  return (
    <>
      <RadioGroup
        legend={t('dataAreaLegend')}
        hint={t('dataAreaJournalNote')}
        value={area}
        disabled={moving}
        choices={[
          { value: 'sync', label: t('dataAreaSync'), description: t('dataAreaSyncHint') },
          { value: 'local', label: t('dataAreaLocal'), description: t('dataAreaLocalHint') },
        ]}
        onChange={(next) => void choose(next)}
      />
      <p class="data-said" role="status">
        {said}
      </p>
    </>
  );
}
