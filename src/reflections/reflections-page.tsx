import { t } from '../ui/i18n';
import { useAppearance } from '../ui/use-appearance';
import { usePreferences } from '../ui/use-preferences';
import { HistorySection } from './history-section';
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
  return (
    <main class="reflections">
      <h1>{t('reflectionsTitle')}</h1>
      <div class="reflections-notices">
        {history && <UnreadableNotice count={history.unreadable} />}
        {/* Room notice ("history is near the storage limit"): helper "keep", room-notice.tsx. */}
      </div>
      <p class="reflections-intro">{t('reflectionsIntro')}</p>
      {/* Pauses, neutrally ("You paused 9 times this week"): helper "insights", pauses-line.tsx. */}
      {/* The last four weeks (chart and table): helper "insights", four-weeks.tsx. */}
      {/* Your emotional vocabulary: helper "insights", vocabulary.tsx. */}
      {/* Words you gave yourself: helper "insights", kind-words.tsx. */}
      <Timeline entries={history?.entries} />
      <HistorySection loaded={loaded} />
    </main>
  );
}
