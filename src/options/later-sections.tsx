import { t } from '../ui/i18n';
import { TestReminder } from '../ui/test-reminder';
import { AppearanceSection } from './appearance-section';
import { ExercisesSection } from './exercises-section';
import { NewTabSection } from './new-tab-section';
import { ReflectionsSection } from './reflections-section';
import { ValuesSection } from './values-section';
import { YourDataSection } from './your-data-section';

/*
 * What the options page fetches right after its first paint: the sections below the first
 * screen, the test reminder at the foot of Reminders, and the notices that wait for a storage
 * read anyway. Their styles are in the page's own stylesheet, since import() brings none.
 */
export { RepairNotice } from './repair-notice';
export { ReminderProblemNotice } from './reminder-problem-notice';

/** The sections below the first screen, in the page's order (later-section-shells.tsx holds their places). */
export function LaterSections() {
  return (
    <>
      <ExercisesSection />
      <ValuesSection />
      <AppearanceSection />
      <NewTabSection />
      <ReflectionsSection />
      <YourDataSection />
    </>
  );
}

export function OptionsTestReminder() {
  return <TestReminder label={t('optionsTestReminder')} sent={t('optionsTestReminderSent')} />;
}
