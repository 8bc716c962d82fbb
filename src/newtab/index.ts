import './newtab.css';
import { preparePage } from '../ui/i18n';
import { readPreferenceSnapshot } from '../ui/preference-snapshot-store';
import { chooseAffirmation } from './choose-affirmation';
import { startNewTabPage } from './new-tab-page';

// Everything first paint needs is at hand synchronously: the bundled affirmations and the
// snapshot of preferences the pages keep in localStorage. Storage is read after, to catch up.
const snapshot = readPreferenceSnapshot();
const openedAt = new Date();
preparePage('newTabTitle');
const root = document.getElementById('app');
if (root) startNewTabPage(root, { snapshot, affirmation: chooseAffirmation(snapshot, openedAt, Math.random), openedAt });
