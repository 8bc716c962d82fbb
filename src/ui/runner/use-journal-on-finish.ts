import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryChoice } from '../../core/history-retention';
import type { JournalEntry } from '../../core/journal';
import { StorageQuotaError } from '../../platform/storage-errors';
import { saveJournalEntry } from '../save-journal-entry';

/** What became of the run's entry: kept, or refused because the history is full. */
export type JournalOutcome = 'kept' | 'full';

/**
 * Writes one journal entry when the run finishes (on time or early), and says what became of it.
 * `entry` is read only at that moment, so it can be built afresh on every render. Undefined until
 * then, and after when the history is off or storage failed for another reason.
 */
export function useJournalOnFinish(finished: boolean, entry: () => JournalEntry, history: HistoryChoice): JournalOutcome | undefined {
  const [outcome, setOutcome] = useState<JournalOutcome>();
  const written = useRef(false);
  const build = useRef({ entry, history });
  build.current = { entry, history };
  useEffect(() => {
    if (!finished || written.current) return;
    written.current = true;
    let live = true;
    saveJournalEntry(build.current.entry(), build.current.history).then(
      (kept) => live && kept && setOutcome('kept'),
      // The practice still happened; only a full history is worth a word (where to make room).
      (error: unknown) => live && error instanceof StorageQuotaError && setOutcome('full'),
    );
    return () => {
      live = false;
    };
  }, [finished]);
  return outcome;
}
