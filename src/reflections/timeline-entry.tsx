import { useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/reflections/history';
import { t } from '../ui/i18n';
import { exerciseTitle, feelingsWithQuadrants, noteLabel, practiceTitle, valueWords } from './entry-words';
import { NoteEditor } from './note-editor';

interface Props {
  item: HistoryEntry;
  format: Intl.DateTimeFormat;
  onEditNote: (item: HistoryEntry, noteId: string, text: string) => Promise<void>;
  onDelete: (item: HistoryEntry, name: string) => void;
}

/** One practice done: when, which, the feelings named, the notes kept (each editable), the values held. */
export function TimelineEntry({ item, format, onEditNote, onDelete }: Props) {
  const { entry } = item;
  const [editing, setEditing] = useState<string>();
  const title = exerciseTitle(entry.exercise);
  const when = format.format(entry.at);
  const practice = practiceTitle(entry.exercise);
  const notes = Object.entries(entry.notes ?? {});
  return (
    <li class="timeline-entry">
      <h3 class="timeline-entry__title">{title}</h3>
      <p class="timeline-entry__when muted">
        <time dateTime={new Date(entry.at).toISOString()}>{when}</time>
        {practice && ` · ${practice}`}
      </p>
      {entry.emotions && entry.emotions.length > 0 && <p>{t('reflectionsFeelings', feelingsWithQuadrants(entry.emotions))}</p>}
      {notes.map(([noteId, text]) =>
        editing === noteId ? (
          <NoteEditor
            key={noteId}
            label={noteLabel(noteId)}
            text={text}
            onSave={async (draft) => {
              await onEditNote(item, noteId, draft);
              setEditing(undefined);
            }}
            onClose={() => setEditing(undefined)}
          />
        ) : (
          <div key={noteId} class="timeline-note">
            <p>
              <span class="timeline-note__label">{noteLabel(noteId)}:</span> <span class="timeline-note__text">{text}</span>
            </p>
            <button type="button" class="link" aria-label={t('reflectionsEditNoteNamed', noteLabel(noteId))} onClick={() => setEditing(noteId)}>
              {t('reflectionsEditNote')}
            </button>
          </div>
        ),
      )}
      {entry.values && entry.values.length > 0 && <p>{t('reflectionsValues', entry.values.map(valueWords).join(', '))}</p>}
      <button type="button" class="link timeline-entry__delete" aria-label={t('reflectionsDeleteNamed', `${title}, ${when}`)} onClick={() => onDelete(item, `${title}, ${when}`)}>
        {t('reflectionsDelete')}
      </button>
    </li>
  );
}
