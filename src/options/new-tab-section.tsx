import { useState } from 'preact/hooks';
import { affirmationCategories, type AffirmationCategory } from '../core/affirmations';
import { CheckboxGroup } from '../ui/fields/checkbox-group';
import { t, type MessageKey } from '../ui/i18n';
import { OptionRadios, OptionToggle } from './option-fields';
import { OptionText } from './option-text';
import { useOption } from './options-context';
import { OptionsSection } from './options-section';
import { OwnAffirmationsEditor } from './own-affirmations-editor';
import { ShortcutsToggle } from './shortcuts-toggle';
import { useOwnAffirmationEdits } from './use-own-affirmation-edits';

const GREETING_NAME_MAX = 40;

const categoryLabels: Record<AffirmationCategory, MessageKey> = {
  kindness: 'affirmationCategoryKindness',
  humanity: 'affirmationCategoryHumanity',
  present: 'affirmationCategoryPresent',
  allowing: 'affirmationCategoryAllowing',
  mistakes: 'affirmationCategoryMistakes',
  trust: 'affirmationCategoryTrust',
};

/** The kinds of affirmation shown, stored as the ones hidden; the last one shown is kept. */
function AffirmationKinds() {
  const hidden = useOption('newTab.hiddenCategories');
  const [keepOne, setKeepOne] = useState(false);
  const shown = affirmationCategories.filter((category) => !hidden.value.includes(category));

  const toggle = (id: string, checked: boolean) => {
    const next = checked ? shown.concat(id as AffirmationCategory) : shown.filter((category) => category !== id);
    setKeepOne(next.length === 0);
    return next.length > 0 && hidden.set(affirmationCategories.filter((category) => !next.includes(category)));
  };

  return (
    <CheckboxGroup
      legend={t('fieldNewTabCategories')}
      error={keepOne ? t('fieldNewTabCategoriesKeepOne') : undefined}
      note={hidden.note}
      choices={affirmationCategories.map((category) => ({ id: category, label: t(categoryLabels[category]) }))}
      chosen={shown}
      disabled={hidden.disabled}
      onToggle={toggle}
      layout="field__choices--columns"
    />
  );
}

/** How the new tab looks, and the person's own affirmations for it. */
export function NewTabSection() {
  const edits = useOwnAffirmationEdits();
  const own = useOption('newTab.ownAffirmations');
  const noneYet = own.value === 'only' && edits.list?.length === 0;

  return (
    <>
      <OptionsSection section="newTab" title={t('optionsNewTabHeading')}>
        <OptionRadios
          name="newTab.mode"
          label={t('fieldNewTabMode')}
          choices={[
            { value: 'kindly', label: t('fieldNewTabModeKindly'), description: t('fieldNewTabModeKindlyHint') },
            { value: 'minimal', label: t('fieldNewTabModeMinimal'), description: t('fieldNewTabModeMinimalHint') },
          ]}
        />
        <OptionToggle name="newTab.showSearch" label={t('fieldNewTabSearch')} hint={t('fieldNewTabSearchHint')} />
        <ShortcutsToggle />
        <OptionRadios
          name="newTab.rotation"
          label={t('fieldNewTabRotation')}
          choices={[
            { value: 'every-tab', label: t('fieldNewTabRotationEveryTab') },
            { value: 'daily', label: t('fieldNewTabRotationDaily') },
          ]}
        />
        <AffirmationKinds />
        <OptionRadios
          name="newTab.ownAffirmations"
          label={t('fieldNewTabOwn')}
          hint={noneYet ? t('fieldNewTabOwnNoneYet') : undefined}
          choices={[
            { value: 'mixed', label: t('fieldNewTabOwnMixed') },
            { value: 'only', label: t('fieldNewTabOwnOnly') },
          ]}
        />
        <OptionToggle name="newTab.showGreeting" label={t('fieldNewTabGreeting')} />
        <OptionText
          name="newTab.greetingName"
          label={t('fieldNewTabGreetingName')}
          hint={t('fieldNewTabGreetingNameHint', String(GREETING_NAME_MAX))}
          refused={t('fieldNewTabGreetingNameTooLong', String(GREETING_NAME_MAX))}
        />
        <OptionToggle name="newTab.showClock" label={t('fieldNewTabClock')} />
        <OptionToggle name="newTab.showNextPause" label={t('fieldNewTabNextPause')} />
      </OptionsSection>
      <OwnAffirmationsEditor edits={edits} disabled={own.disabled} />
    </>
  );
}
