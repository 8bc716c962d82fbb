import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import { quadrantLabels, quadrants, type Quadrant } from '../core/emotions';
import { practices, type Practice } from '../core/exercises/types';
import type { HistoryEntry } from '../core/reflections/history';
import { filterTimeline } from '../core/reflections/timeline-filter';
import { deleteEntry, editNote, restoreEntry } from '../platform/history-store';
import { t, type MessageKey } from '../ui/i18n';
import { practiceTitles } from '../ui/practice-titles';
import { dateTimeFormat } from './entry-words';
import { TimelineEntry } from './timeline-entry';

/** Entries shown at a time: the newest are there at once however long the journal is. */
export const TIMELINE_PAGE = 30;

interface Deleted {
  key: string;
  removed: unknown;
  index: number;
  name: string;
}

type Said = { kind: 'deleted'; deleted: Deleted } | { kind: 'text'; text: string };

/**
 * The journal, newest first, a page at a time, filtered in memory by practice and by the
 * quadrant of a feeling named. A delete can be undone for as long as the page is open, until
 * the next delete: nothing hurries anyone.
 */
export function Timeline({ entries }: { entries: readonly HistoryEntry[] | undefined }) {
  const id = useId();
  const [practice, setPractice] = useState<Practice>();
  const [quadrant, setQuadrant] = useState<Quadrant>();
  const [shown, setShown] = useState(TIMELINE_PAGE);
  const [said, setSaid] = useState<Said>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const format = useMemo(dateTimeFormat, []);
  const matching = useMemo(() => filterTimeline(entries ?? [], { practice, quadrant }), [entries, practice, quadrant]);

  const onEditNote = useCallback(async ({ key, entry }: HistoryEntry, noteId: string, text: string) => {
    try {
      const found = await editNote({ key, at: entry.at, exercise: entry.exercise }, noteId, text);
      setSaid({ kind: 'text', text: t(found ? 'reflectionsNoteSaved' : 'reflectionsNoteGone') });
    } catch (error) {
      setSaid({ kind: 'text', text: t('reflectionsWriteError') });
      throw error;
    }
  }, []);

  const onDelete = useCallback(({ key, entry }: HistoryEntry, name: string) => void remove(key, entry, name), []);
  const remove = async (key: string, entry: HistoryEntry['entry'], name: string) => {
    try {
      const removal = await deleteEntry({ key, at: entry.at, exercise: entry.exercise });
      if (!removal) return;
      setSaid({ kind: 'deleted', deleted: { key, name, ...removal } });
      // The button pressed is gone with its entry: focus goes to the Undo beside what was said.
      requestAnimationFrame(() => undoButton.current?.focus());
    } catch {
      setSaid({ kind: 'text', text: t('reflectionsWriteError') });
    }
  };

  const undo = async ({ key, removed, index }: Deleted) => {
    try {
      await restoreEntry(key, removed, index);
      setSaid({ kind: 'text', text: t('reflectionsRestored') });
    } catch {
      setSaid({ kind: 'text', text: t('reflectionsWriteError') });
    }
  };

  const filters = (
    <div class="timeline-filters">
      <div class="timeline-filter">
      <label for={`${id}-practice`}>{t('reflectionsFilterPractice')}</label>
      <select
        id={`${id}-practice`}
        value={practice ?? ''}
        onChange={(event) => {
          setPractice((event.currentTarget.value || undefined) as Practice | undefined);
          setShown(TIMELINE_PAGE);
        }}
      >
        <option value="">{t('reflectionsFilterAll')}</option>
        {practices.map((choice) => (
          <option key={choice} value={choice}>
            {t(practiceTitles[choice])}
          </option>
        ))}
      </select>
      </div>
      <div class="timeline-filter">
      <label for={`${id}-quadrant`}>{t('reflectionsFilterQuadrant')}</label>
      <select
        id={`${id}-quadrant`}
        value={quadrant ?? ''}
        onChange={(event) => {
          setQuadrant((event.currentTarget.value || undefined) as Quadrant | undefined);
          setShown(TIMELINE_PAGE);
        }}
      >
        <option value="">{t('reflectionsFilterAll')}</option>
        {quadrants.map((choice) => (
          <option key={choice} value={choice}>
            {t(quadrantLabels[choice] as MessageKey)}
          </option>
        ))}
      </select>
      </div>
    </div>
  );

  return (
    <section class="timeline" aria-labelledby={`${id}-heading`} aria-busy={entries === undefined}>
      <h2 id={`${id}-heading`}>{t('reflectionsTimelineHeading')}</h2>
      <p class="timeline-said" role="status">
        {said?.kind === 'text' && said.text}
        {said?.kind === 'deleted' && (
          <>
            {t('reflectionsDeleted', said.deleted.name)}{' '}
            <button ref={undoButton} type="button" class="quiet" onClick={() => void undo(said.deleted)}>
              {t('reflectionsUndo')}
            </button>
          </>
        )}
      </p>
      {entries !== undefined && entries.length === 0 && <p class="timeline-empty">{t('reflectionsEmpty')}</p>}
      {entries !== undefined && entries.length > 0 && (
        <>
          {filters}
          {matching.length === 0 ? (
            <p>{t('reflectionsNoMatch')}</p>
          ) : (
            <ol class="timeline-list">
              {matching.slice(0, shown).map((item) => (
                <TimelineEntry key={`${item.key}|${item.entry.at}|${item.entry.exercise}`} item={item} format={format} onEditNote={onEditNote} onDelete={onDelete} />
              ))}
            </ol>
          )}
          {matching.length > shown && (
            <div class="timeline-more">
              <p class="muted">{t('reflectionsShowing', String(shown), String(matching.length))}</p>
              <button type="button" class="quiet" onClick={() => setShown((count) => count + TIMELINE_PAGE)}>
                {t('reflectionsShowMore')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
