import { useRef, useState } from 'preact/hooks';
import { ownAffirmationLimits } from '../core/own-affirmations';
import { newTabChoice } from '../core/reflections/kind-words';
import { t, type MessageKey } from '../ui/i18n';
import type { ShowOnNewTab, ShowProblem } from './use-show-on-new-tab';

const problemWords: Record<ShowProblem, MessageKey> = {
  'item-too-large': 'kindWordsNoRoom',
  'area-full': 'kindWordsNoRoom',
  'too-many-items': 'kindWordsNoRoom',
  'too-many-writes': 'kindWordsTooManyWrites',
  'read-only': 'kindWordsReadOnly',
  other: 'kindWordsSaveProblem',
  empty: 'kindWordsSaveProblem',
  'not-found': 'kindWordsSaveProblem',
  'too-long': 'kindWordsTooLong',
  'too-many': 'kindWordsListFull',
};

const limitWords = (key: MessageKey) =>
  key === 'kindWordsTooLong' ? t(key, String(ownAffirmationLimits.characters)) : key === 'kindWordsListFull' ? t(key, String(ownAffirmationLimits.count)) : t(key);

/**
 * "Show on my new tab" for one note: the button while the words can go there; "On your new tab"
 * once they are an own affirmation (pressing again adds nothing twice); otherwise why not, in
 * words. One status line says each, so what changes is announced, and focus moves to it when
 * the button it replaces goes.
 */
export function ShowOnNewTabButton({ text, newTab }: { text: string; newTab: ShowOnNewTab }) {
  const [problem, setProblem] = useState<ShowProblem>();
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const choice = newTab.added.has(text.trim()) ? 'on-new-tab' : newTab.list ? newTabChoice(text, newTab.list) : 'can-add';
  const said =
    choice === 'on-new-tab' ? t('kindWordsOnNewTab') : choice === 'too-long' ? limitWords('kindWordsTooLong') : choice === 'list-full' ? limitWords('kindWordsListFull') : problem ? limitWords(problemWords[problem]) : '';
  const press = async () => {
    setBusy(true);
    const why = await newTab.show(text);
    setBusy(false);
    setProblem(why);
    if (!why) status.current?.focus();
  };
  return (
    <div class="insights-kind__action">
      {choice === 'can-add' && (
        <button type="button" class="quiet" disabled={busy || !newTab.list} onClick={() => void press()}>
          {t('kindWordsShow')}
        </button>
      )}
      <p class="insights-kind__status" role="status" tabIndex={-1} ref={status}>
        {said}
      </p>
    </div>
  );
}
