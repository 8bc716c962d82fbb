import './newtab.css';
import { parseOwnAffirmations } from '../core/own-affirmations';
import { parsePreferences } from '../core/preferences';
import { applyStoredAppearance } from '../ui/apply-appearance';
import { preparePage } from '../ui/i18n';
import { readPreferenceSnapshot } from '../ui/page-preferences';
import { chooseAffirmation } from './choose-affirmation';
import { whenParsed } from './dom';
import { startNewTabPage } from './new-tab-page';

// The new tab's one script runs before anything can paint (render-blocking in Chromium, in <head>
// in Firefox: scripts/build/page-html.mjs): the theme and text size are on <html> before the first
// frame, as appearance.js does for the other pages, without a second file to fetch. Everything
// the first paint needs is at hand synchronously: the bundled affirmations and the snapshot of
// preferences the pages keep in localStorage. Storage is read after, to catch up.
const snapshot = readPreferenceSnapshot() ?? {};
applyStoredAppearance(snapshot);
const { preferences } = parsePreferences(snapshot);
const openedAt = new Date();
const affirmation = chooseAffirmation(preferences.newTab, parseOwnAffirmations(snapshot).list, openedAt, Math.random);
preparePage('newTabTitle');

// The page is built the moment its root is parsed, so the first frame after parsing shows it.
whenParsed('app', (root) => startNewTabPage(root, { preferences, affirmation, openedAt }));
