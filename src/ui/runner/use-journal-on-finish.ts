import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryChoice } from '../../core/history-retention';
import type { JournalEntry } from '../../core/journal';
import { StorageQuotaError } from '../../platform/storage-errors';
import { saveJournalEntry } from '../save-journal-entry';

/**
 * What became of the run's entry: kept; refused because the history is full; or not written for
 * another reason (the closing then says nothing of the journal, but still hands back the person's
 * own words, which would otherwise be gone).
 */
export type JournalOutcome = 'kept' | 'full' | 'failed';

/**
 * Writes one journal entry when the run finishes (on time or early), and says what became of it.
 * `entry` is read only at that moment, so it can be built afresh on every render. Undefined until
 * then, and after when the history is off.
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
      (error: unknown) => live && setOutcome(error instanceof StorageQuotaError ? 'full' : 'failed'),
    );
    return () => {
      live = false;
    };
  }, [finished]);
  return outcome;
}
