import { validatePreference } from '../core/preferences';
import { DraftInput } from '../ui/fields/draft-input';
import { t } from '../ui/i18n';
import type { Save } from './use-save';

/** An optional name for the new tab's greeting. */
export function WelcomeName({ name, save }: { name: string; save: Save }) {
  const saveName = (text: string) => {
    if (!validatePreference('newTab.greetingName', text).ok) return t('welcomeNameTooLong');
    save({ 'newTab.greetingName': text });
    return undefined;
  };
  return (
    <section class="welcome-part" aria-labelledby="welcome-name-heading">
      <h2 id="welcome-name-heading">{t('welcomeNameHeading')}</h2>
      <DraftInput type="text" label={t('welcomeNameLabel')} hint={t('welcomeNameHint')} value={name} onText={saveName} />
    </section>
  );
}
