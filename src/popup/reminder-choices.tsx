import { useId, useRef, useState } from 'preact/hooks';
import type { ReminderStatus } from '../core/reminders/status';
import { snoozeMinutes, type SnoozeMinutes } from '../core/reminders/transitions';
import type { WorkerMessage } from '../core/reminders/worker-messages';
import { sendToWorker } from '../platform/messages';
import { t, type MessageKey } from '../ui/i18n';

const snoozeWords: Record<SnoozeMinutes, MessageKey> = { 5: 'snooze5', 15: 'snooze15', 30: 'snooze30' };

/**
 * The one control beside the status that opens the snooze and pause choices: a disclosure
 * button. Opening it moves focus to the first choice; arrow keys and Tab move through them; Esc
 * (or a choice) closes it and brings focus back to the button. Snooze is there only while a
 * reminder is waiting: it postpones that one, and there is nothing else for it to postpone.
 */
export function ReminderChoices({ status }: { status: ReminderStatus }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const choose = (message: WorkerMessage) => () => {
    void sendToWorker(message);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const choices = [...(panel.current?.querySelectorAll('button') ?? [])];
    const at = choices.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight' || event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
      choices[(at + step + choices.length) % choices.length]?.focus();
    }
  };
  // Focus going elsewhere (a click outside, Tab past the last choice) closes them quietly.
  const onFocusOut = (event: FocusEvent) => {
    const container = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && container.contains(event.relatedTarget))) setOpen(false);
  };
  const waiting = status.kind === 'waiting';
  return (
    <div class="choices" onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        ref={toggle}
        type="button"
        class="quiet choices__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          if (!open) requestAnimationFrame(() => panel.current?.querySelector('button')?.focus());
        }}
      >
        {t(waiting ? 'popupLaterChoices' : 'popupReminderChoices')}
        <svg class="choices__chevron" viewBox="0 0 10 6" width="10" height="6" aria-hidden="true">
          <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
      </button>
      <div ref={panel} id={panelId} class="choices__panel" hidden={!open}>
        {waiting && (
          <div role="group" aria-label={t('popupSnoozeLabel')}>
            <span class="choices__label muted">{t('popupSnoozeLabel')}</span>
            {snoozeMinutes.map((minutes) => (
              <button key={minutes} type="button" class="quiet" onClick={choose({ kind: 'snooze', minutes })}>
                {t(snoozeWords[minutes])}
              </button>
            ))}
          </div>
        )}
        <div role="group" aria-label={t('popupPauseLabel')}>
          <span class="choices__label muted">{t('popupPauseLabel')}</span>
          <button type="button" class="quiet" onClick={choose({ kind: 'pause-reminders', length: 'hour' })}>{t('pauseForHour')}</button>
          <button type="button" class="quiet" onClick={choose({ kind: 'pause-reminders', length: 'tomorrow' })}>{t('pauseUntilTomorrow')}</button>
          <button type="button" class="quiet" onClick={choose({ kind: 'pause-reminders', length: 'until-resumed' })}>{t('pauseUntilResumed')}</button>
        </div>
      </div>
    </div>
  );
}
