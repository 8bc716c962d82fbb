import { useId, useRef, useState } from 'preact/hooks';
import type { ExportDocument } from '../core/data-export';
import type { ImportSummary } from '../core/data-import';
import { applyImport, readImport } from '../platform/data-store';
import { t } from '../ui/i18n';
import { NotEnoughRoomError } from '../platform/storage-errors';
import { DataImportPreview } from './data-import-preview';
import { noRoomWords, problemWords } from './data-words';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'preview'; document: ExportDocument; summary: ImportSummary; noRoom?: NotEnoughRoomError }
  | { kind: 'done' }
  | { kind: 'problem'; words: string };

/** "Bring a copy back": choose a file, see what it changes, then Import or Cancel. */
export function DataImport() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const forgetFile = () => {
    if (input.current) input.current.value = '';
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'problem', words: t('dataImportUnreadable') });
      return;
    }
    const parsed = await readImport(text);
    if (parsed.ok) setState({ kind: 'preview', document: parsed.document, summary: parsed.summary, ...(parsed.noRoom && { noRoom: parsed.noRoom }) });
    else setState({ kind: 'problem', words: problemWords(parsed.problem) });
  };

  const apply = async (document: ExportDocument) => {
    setBusy(true);
    try {
      await applyImport(document);
      setState({ kind: 'done' });
    } catch (error) {
      // Measured again against what is stored by now; either way nothing was left changed.
      setState({ kind: 'problem', words: error instanceof NotEnoughRoomError ? noRoomWords(error) : t('dataImportApplyError') });
    } finally {
      setBusy(false);
      forgetFile();
    }
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    forgetFile();
    input.current?.focus();
  };

  return (
    <div class="data-part">
      <h3>{t('dataImportHeading')}</h3>
      <div class="field">
        <label for={id}>{t('dataImportLabel')}</label>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
        <p id={`${id}-hint`} class="field__hint">
          {t('dataImportHint')}
        </p>
      </div>
      {state.kind === 'preview' && (
        <DataImportPreview summary={state.summary} noRoom={state.noRoom} busy={busy} onApply={() => void apply(state.document)} onCancel={cancel} />
      )}
      {state.kind === 'problem' && (
        <p class="data-problem" role="alert">
          {state.words}
        </p>
      )}
      <p class="data-said" role="status">
        {state.kind === 'done' ? t('dataImportDone') : ''}
      </p>
    </div>
  );
}
