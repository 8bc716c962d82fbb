import { useMemo } from 'preact/hooks';
import { t } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { EmotionalVocabulary } from './emotional-vocabulary';
import { FourWeeks } from './four-weeks';
import { HistorySection } from './history-section';
import { KindWordsSection } from './kind-words-section';
import { PausesThisWeek } from './pauses-this-week';
import { RoomNotice } from './room-notice';
import { Timeline } from './timeline';
import { UnreadableNotice } from './unreadable-notice';
import { useHistory } from './use-history';

/*
 * The journal becomes something to read (docs/design.md, Reflections). The page paints its
 * headings at once; the history fills in from one read of storage.local and follows its changes.
 */
export function ReflectionsPage() {
  useAppearance(usePreferences()?.preferences.appearance);
  const loaded = useHistory();
  const history = loaded?.history;
  // The journal entries alone, for what the history shows; "now" moves on with each change.
  const entries = useMemo(() => history?.entries.map(({ entry }) => entry), [history]);
  const now = useMemo(() => Date.now(), [history]);
  return (
    <main class="reflections">
      <h1>{t('reflectionsTitle')}</h1>
      <div class="reflections-notices">
        {history && <UnreadableNotice count={history.unreadable} />}
        <RoomNotice />
      </div>
      <p class="reflections-intro">{t('reflectionsIntro')}</p>
      {entries && (
        <>
          <PausesThisWeek entries={entries} now={now} />
          <FourWeeks entries={entries} now={now} />
          <EmotionalVocabulary entries={entries} now={now} />
          <KindWordsSection entries={entries} />
        </>
      )}
      <Timeline entries={history?.entries} />
      <HistorySection loaded={loaded} />
    </main>
  );
}
