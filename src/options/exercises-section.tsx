import { t } from '../ui/i18n';
import { ExerciseChoices } from './exercise-choices';
import { OptionNumber, OptionRadios, OptionSelect, OptionToggle } from './option-fields';
import { OptionsSection } from './options-section';

export function ExercisesSection() {
  return (
    <OptionsSection section="exercises" title={t('optionsExercisesHeading')}>
      <ExerciseChoices />
      <OptionSelect
        name="exercises.breathingPattern"
        label={t('fieldBreathingPattern')}
        choices={[
          { value: 'coherent', label: t('exCoherentTitle') },
          { value: 'cyclic-sigh', label: t('exCyclicSighTitle') },
          { value: 'box', label: t('exBoxTitle') },
          { value: '4-7-8', label: t('exFourSevenEightTitle') },
        ]}
      />
      <OptionNumber name="exercises.breathingMinutes" label={t('fieldBreathingMinutes')} hint={t('fieldBreathingMinutesHint')} min={1} max={5} />
      <OptionToggle name="exercises.breathingHolds" label={t('fieldBreathingHolds')} hint={t('fieldBreathingHoldsHint')} />
      <OptionToggle name="exercises.chime" label={t('fieldChime')} hint={t('fieldChimeHint')} />
      <OptionRadios
        name="exercises.motion"
        label={t('fieldMotion')}
        choices={[
          { value: 'system', label: t('fieldMotionSystem'), description: t('fieldMotionSystemHint') },
          { value: 'reduce', label: t('fieldMotionReduce'), description: t('fieldMotionReduceHint') },
        ]}
      />
    </OptionsSection>
  );
}
