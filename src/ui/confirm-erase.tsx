import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from './i18n';

export interface ConfirmEraseProps {
  /** The part's own class (its place on the page). */
  class: string;
  /** A heading above the button, if the part has one. */
  heading?: ComponentChildren;
  /** Message keys: the button, the confirmation's heading, keep, erase, and what is said after. */
  words: Record<'open' | 'confirmHeading' | 'keep' | 'confirm' | 'done' | 'error', MessageKey>;
  /** The confirmation's heading level, one below the part's. */
  level: 3 | 4;
  /** What the confirmation says goes (and stays). */
  children: ComponentChildren;
  erase: () => Promise<void>;
}

/**
 * Erasing, after a confirmation that names what goes. The button that keeps everything has the
 * focus and the stronger look, so a quick Enter never deletes anything; focus comes back to the
 * opener when it closes. Options' "Erase everything" and Reflections' "Erase my history".
 */
export function ConfirmErase({ class: className, heading, words, level, children, erase }: ConfirmEraseProps) {
  const Heading = `h${level}` as 'h3';
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    opener.current?.focus();
  };

  const confirm = async () => {
    try {
      await erase();
      setSaid(t(words.done));
      close();
    } catch {
      setSaid(t(words.error));
    }
  };

  return (
    <div class={className}>
      {heading}
      <button
        ref={opener}
        type="button"
        class="quiet"
        aria-expanded={confirming}
        aria-controls={`${id}-confirm`}
        onClick={() => {
          setSaid('');
          setConfirming(true);
        }}
      >
        {t(words.open)}
      </button>
      {confirming && (
        <div id={`${id}-confirm`} class="confirm-panel" role="group" aria-labelledby={`${id}-heading`}>
          <Heading id={`${id}-heading`}>{t(words.confirmHeading)}</Heading>
          {children}
          <div class="confirm-actions">
            <button ref={keep} type="button" onClick={close}>
              {t(words.keep)}
            </button>
            <button type="button" class="quiet confirm-danger" onClick={() => void confirm()}>
              {t(words.confirm)}
            </button>
          </div>
        </div>
      )}
      <p class="confirm-said" role="status">
        {said}
      </p>
    </div>
  );
}
