import { t, type MessageKey } from '../ui/i18n';
import type { SaveProblem } from './use-autosave';

const messages: Record<SaveProblem, MessageKey> = {
  'item-too-large': 'optionsQuotaItemTooLarge',
  'area-full': 'optionsQuotaAreaFull',
  'too-many-items': 'optionsQuotaTooManyItems',
  'too-many-writes': 'optionsQuotaTooManyWrites',
  other: 'optionsSaveProblem',
};

/** Says in plain words why the last change isn't stored yet, and that nothing is lost. */
export function SaveProblemNotice({ problem }: { problem: SaveProblem | undefined }) {
  return (
    <div role="alert" class={problem ? 'notice' : undefined}>
      {problem && <p>{t(messages[problem])}</p>}
    </div>
  );
}
