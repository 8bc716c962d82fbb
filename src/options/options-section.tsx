import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { jsonEqual } from '../core/json-equal';
import { defaultPreferences } from '../core/preferences';
import type { Section } from '../core/preference-schema';
import { t } from '../ui/i18n';
import { useOptions } from './options-context';

/**
 * A section of preferences with its heading and "Reset this section". After a reset the earlier
 * choices can be brought back, for as long as the section still holds its defaults.
 */
export function OptionsSection({ section, title, children }: { section: Section; title: string; children: ComponentChildren }) {
  const { preferences, disabled, replaceSection } = useOptions();
  const [before, setBefore] = useState<Record<string, unknown>>();
  const current = preferences[section];
  const atDefaults = jsonEqual(current, defaultPreferences[section]);
  const heading = `${section}-heading`;

  const reset = () => {
    setBefore(atDefaults ? undefined : current);
    replaceSection(section, defaultPreferences[section]);
  };
  const undo = () => {
    if (before) replaceSection(section, before);
    setBefore(undefined);
  };

  return (
    <section class="options-section" aria-labelledby={heading}>
      <h2 id={heading}>{title}</h2>
      {children}
      <div class="options-section__reset">
        <button type="button" class="quiet" disabled={disabled} aria-describedby={heading} onClick={reset}>
          {t('optionsResetSection')}
        </button>
        <p role="status">
          {before && atDefaults && (
            <>
              {t('optionsSectionIsReset')}{' '}
              <button type="button" class="link" onClick={undo}>
                {t('optionsUndoReset')}
              </button>
            </>
          )}
        </p>
      </div>
    </section>
  );
}
