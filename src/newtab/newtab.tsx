import { affirmations, pickAffirmation } from '../core/affirmations';
import { t, type MessageKey } from '../ui/i18n';

/** One calm sentence, from the bundled affirmations: nothing to wait for before it shows. */
export function NewTab({ random }: { random: number }) {
  const affirmation = pickAffirmation(affirmations, random);
  return (
    <main class="newtab">
      <h1 class="visually-hidden">{t('newTabLabel')}</h1>
      <p class="affirmation">{affirmation && t(affirmation.key as MessageKey)}</p>
      <p class="signature muted">{t('extName')}</p>
    </main>
  );
}
