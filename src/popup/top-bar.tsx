import { sendToWorker } from '../platform/messages';
import { openOptionsPage } from '../platform/runtime';
import { t } from '../ui/i18n';

/*
 * The popup's top: its name, and the few places it leads to, as quiet icon buttons (each named
 * for screen readers, and in a tooltip), so none of them waits at the end of the list.
 */
const iconProps = { viewBox: '0 0 20 20', width: 20, height: 20, 'aria-hidden': true, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 } as const;

export function TopBar() {
  return (
    <header class="bar">
      <h1>
        <img src="icons/icon.svg" alt="" width={22} height={22} />
        {t('extName')}
      </h1>
      <nav class="bar__links" aria-label={t('popupPlacesLabel')}>
        <button type="button" class="icon" aria-label={t('popupPauseWindow')} title={t('popupPauseWindow')} onClick={() => void sendToWorker({ kind: 'start-pause' })}>
          <svg {...iconProps}>
            <circle cx="10" cy="10" r="3" />
            <circle cx="10" cy="10" r="7.2" stroke-opacity="0.55" />
          </svg>
        </button>
        <a class="icon" href="reflections.html" target="_blank" aria-label={t('popupReflections')} title={t('popupReflections')}>
          <svg {...iconProps} stroke-linejoin="round">
            <path d="M10 5.5C8.4 4.3 6 3.8 3 4v11c3-.2 5.4.3 7 1.5 1.6-1.2 4-1.7 7-1.5V4c-3-.2-5.4.3-7 1.5zM10 5.5v11" />
          </svg>
        </a>
        <button type="button" class="icon" aria-label={t('openOptions')} title={t('openOptions')} onClick={() => void openOptionsPage()}>
          <svg {...iconProps} stroke-linecap="round">
            <path d="M3 6h14M3 14h14" />
            <circle cx="7.5" cy="6" r="2.2" fill="var(--bg)" />
            <circle cx="12.5" cy="14" r="2.2" fill="var(--bg)" />
          </svg>
        </button>
        <a class="icon" href="support.html" target="_blank" aria-label={t('moreSupport')} title={t('moreSupport')}>
          <svg {...iconProps}>
            <path d="M10 16.5s-6-3.6-6-8A3.2 3.2 0 0 1 10 6.4a3.2 3.2 0 0 1 6 2.1c0 4.4-6 8-6 8z" stroke-linejoin="round" />
          </svg>
        </a>
      </nav>
    </header>
  );
}
