import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '../../core/journal';
import { saveJournalEntry } from '../save-journal-entry';

/**
 * Writes one journal entry when the run finishes (on time or early), and says when it is kept.
 * `entry` is read only at that moment, so it can be built afresh on every render.
 */
export function useJournalOnFinish(finished: boolean, entry: () => JournalEntry): boolean {
  const [saved, setSaved] = useState(false);
  const written = useRef(false);
  const build = useRef(entry);
  build.current = entry;
  useEffect(() => {
    if (!finished || written.current) return;
    written.current = true;
    let live = true;
    saveJournalEntry(build.current()).then(
      () => live && setSaved(true),
      // Storage full or gone: the practice still happened; the closing line stays as it is.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [finished]);
  return saved;
}
