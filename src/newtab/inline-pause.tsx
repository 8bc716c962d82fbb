import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Preferences } from '../core/preferences';
import { sendToWorker } from '../platform/messages';
import { OneMinutePause } from '../ui/runner/runner-chunk';

export interface InlinePauseProps {
  preferences: Preferences;
  onClose: () => void;
}

/**
 * A minute of breathing right on the new tab, in the person's default pattern. This module is what
 * the new tab fetches on the first click (newtab-pause.js, with Preact and the runner's chunk,
 * which the popup shares): it is the only part of the new tab that uses Preact.
 */
function InlinePause({ preferences, onClose }: InlinePauseProps) {
  // Starting it is taking a pause, as when the pause window opens: the worker records it and
  // restarts the rhythm. If the worker can't be reached the pause still runs.
  useEffect(() => {
    sendToWorker({ kind: 'pause-opened' }).catch(() => undefined);
  }, []);
  return <OneMinutePause preferences={preferences} headingLevel={2} onClose={onClose} />;
}

/** Renders the pause into `container`; the returned function takes it away again. */
export function mountInlinePause(container: Element, props: InlinePauseProps): () => void {
  render(<InlinePause {...props} />, container);
  return () => render(null, container);
}
