import './newtab.css';
import { parseOwnAffirmations } from '../core/own-affirmations';
import { parsePreferences } from '../core/preferences';
import { preparePage } from '../ui/i18n';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { chooseAffirmation } from './choose-affirmation';
import { startNewTabPage } from './new-tab-page';

// Everything first paint needs is at hand synchronously: the bundled affirmations and the
// snapshot of preferences the pages keep in localStorage. Storage is read after, to catch up.
const snapshot = readPreferenceSnapshot() ?? {};
const { preferences } = parsePreferences(snapshot);
const openedAt = new Date();
const affirmation = chooseAffirmation(preferences.newTab, parseOwnAffirmations(snapshot).list, openedAt, Math.random);
preparePage('newTabTitle');
const root = document.getElementById('app');
if (root) startNewTabPage(root, { preferences, affirmation, openedAt });
