import { useMemo, useState } from 'preact/hooks';
import { preferenceKeys } from '../core/preferences';
import type { Section } from '../core/preference-schema';
import { AboutKindly } from '../ui/about-kindly';
import { t } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { LaterSectionShells } from './later-section-shells';
import { OptionsContext, type OptionsState } from './options-context';
import { OptionsNav } from './options-nav';
import { RemindersSection } from './reminders-section';
import { SaveProblemNotice } from './save-problem-notice';
import { useAutosave } from './use-autosave';
import { useLaterSections, type LoadLaterSections } from './use-later-sections';

const noResets: Record<Section, number> = { reminders: 0, exercises: 0, values: 0, appearance: 0, newTab: 0, history: 0 };

/**
 * Every preference, saved as it changes; no Save button. The first paint carries the top of the
 * page (the list of sections and Reminders) and the saving; the sections below, the test reminder
 * and the notices that wait for storage anyway arrive right after it (`loadLater`, a chunk of
 * their own).
 */
export function Options({ loadLater }: { loadLater?: LoadLaterSections }) {
  const parsed = usePreferences();
  const later = useLaterSections(loadLater);
  const parts = later.status === 'loaded' ? later.parts : undefined;
  const { preferences, save, problem, unsaved, saved, readOnlyRefused } = useAutosave(parsed);
  const [epochs, setEpochs] = useState(noResets);
  const readOnly = parsed?.readOnly === true || readOnlyRefused;
  useAppearance(preferences?.appearance);

  const state = useMemo<OptionsState | undefined>(
    () =>
      preferences && {
        preferences,
        disabled: readOnly,
        epochs,
        save,
        unsaved,
        replaceSection: (section, values) => {
          const keys = preferenceKeys.filter((key) => key.startsWith(`${section}.`));
          save(Object.fromEntries(keys.map((key) => [key, values[key.slice(section.length + 1)]])));
          setEpochs((current) => ({ ...current, [section]: current[section] + 1 }));
        },
      },
    [preferences, readOnly, epochs, save, unsaved],
  );

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <SaveProblemNotice problem={problem} saved={saved} />
      {parts && <parts.RepairNotice />}
      {readOnly && (
        <p class="notice" role="status">
          {t('optionsReadOnlyNotice')}
        </p>
      )}
      <div class="options-layout">
        {state && <OptionsNav settled={later.status !== 'loading'} />}
        <div class="options-sections">
          {state && (
            <OptionsContext.Provider value={state}>
              <RemindersSection later={parts} />
              {parts ? <parts.LaterSections /> : <LaterSectionShells failed={later.status === 'failed'} />}
            </OptionsContext.Provider>
          )}
          <AboutKindly class="options-section" />
        </div>
      </div>
    </main>
  );
}
