import { t, type MessageKey } from '../ui/i18n';
import type { SaveProblem } from './use-autosave';

const messages: Record<SaveProblem, MessageKey> = {
  'item-too-large': 'optionsQuotaItemTooLarge',
  'area-full': 'optionsQuotaAreaFull',
  'too-many-items': 'optionsQuotaTooManyItems',
  'too-many-writes': 'optionsQuotaTooManyWrites',
  other: 'optionsSaveProblem',
};

/**
 * Says in plain words why a change isn't stored yet and that nothing is lost; once what was
 * refused is stored, a short "Saved" takes its place. Both lines are always there, so screen
 * readers announce each as it appears.
 */
export function SaveProblemNotice({ problem, saved }: { problem: SaveProblem | undefined; saved: boolean }) {
  return (
    <>
      <div role="alert" class={problem ? 'notice' : undefined}>
        {problem && <p>{t(messages[problem])}</p>}
      </div>
      <div role="status" class={saved && !problem ? 'notice' : undefined}>
        {saved && !problem && <p>{t('optionsSaved')}</p>}
      </div>
    </>
  );
}
