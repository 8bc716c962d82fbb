import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';

/**
 * What the person typed into a field. Kept as typed while it can't be used, so nothing snaps back
 * under their fingers; follows the stored value whenever they are not editing this very field.
 * `onText` saves the text if it can and returns the reason, in words, if it can't.
 */
export function useDraft(stored: string, onText: (text: string) => string | undefined) {
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string>();
  const editing = useRef(false);
  const shown = useRef(stored);

  useEffect(() => {
    // Only a change to the stored value (not the first render) replaces what is in the box.
    if (shown.current === stored) return;
    shown.current = stored;
    if (editing.current) return;
    setText(stored);
    setError(undefined);
  }, [stored]);

  return {
    error,
    inputProps: {
      value: text,
      onInput: (event: TargetedEvent<HTMLInputElement>) => {
        const typed = event.currentTarget.value;
        setText(typed);
        setError(onText(typed));
      },
      onFocus: () => {
        editing.current = true;
      },
      onBlur: () => {
        editing.current = false;
      },
    },
  };
}
