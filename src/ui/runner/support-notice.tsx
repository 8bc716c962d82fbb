import { t } from '../i18n';

/**
 * Said gently when a word picked in Name it (hopeless, despairing…) deserves a way to more help
 * than a pause can give: on the picker as it is chosen, and from then on through the closing.
 */
export function SupportNotice() {
  return (
    <p class="notice emotion-picker__support">
      {t('emotionPickerSupportLine')}{' '}
      <a href="support.html" target="_blank" rel="noopener">
        {t('emotionPickerSupportLink')}
      </a>
    </p>
  );
}
