import { applyStoredAppearance } from './apply-appearance';
import { readPreferenceSnapshot } from './preference-snapshot';

// Runs from <head> in every page, before the body exists: the theme and text size the pages last
// saw, so a page never paints in the wrong theme first. Pages correct it once preferences load.
applyStoredAppearance(readPreferenceSnapshot() ?? {});
