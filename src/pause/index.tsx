import './pause.css';
import { parsePauseRequest } from '../core/pause-request';
import { sendToWorker } from '../platform/messages';
import { mountPage } from '../ui/mount';
import { fitPauseWindow } from './fit-window';
import { PausePage } from './pause-page';

// However the pause was started (reminder, popup, shortcut), opening it is taking a pause: the
// worker records it and restarts the rhythm. If the worker can't be reached the pause still runs.
// A test reminder's pause counts for nothing.
if (!parsePauseRequest(window.location.search).test) sendToWorker({ kind: 'pause-opened' }).catch(() => undefined);

mountPage('pauseTitle', <PausePage />);
// A window that can't be resized (a tab, a tiling desktop) keeps the size it has.
fitPauseWindow().catch(() => undefined);
