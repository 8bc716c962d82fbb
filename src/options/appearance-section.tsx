import { t } from '../ui/i18n';
import { OptionRadios } from './option-fields';
import { OptionsSection } from './options-section';

export function AppearanceSection() {
  return (
    <OptionsSection section="appearance" title={t('optionsAppearanceHeading')}>
      <OptionRadios
        name="appearance.theme"
        label={t('fieldTheme')}
        choices={[
          { value: 'system', label: t('fieldThemeSystem'), description: t('themeSystem') },
          { value: 'light', label: t('fieldThemeLight') },
          { value: 'dark', label: t('fieldThemeDark') },
        ]}
      />
      <OptionRadios
        name="appearance.textSize"
        label={t('fieldTextSize')}
        choices={[
          { value: 'normal', label: t('fieldTextNormal') },
          { value: 'large', label: t('fieldTextLarge') },
          { value: 'larger', label: t('fieldTextLarger') },
        ]}
      />
    </OptionsSection>
  );
}
