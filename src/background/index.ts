import { onInstalled } from '../platform/runtime';
import { repairPreferences } from './repair-preferences';
import { exposeTestHooks, track } from './test-hooks';

/*
 * The worker may be stopped at any moment and started again by an event. Every listener is
 * registered here, synchronously, at the top level, so no event is missed on a cold start;
 * nothing it needs lives only in memory.
 */
exposeTestHooks();

onInstalled((reason) => {
  if (reason === 'install' || reason === 'update') void track(repairPreferences(Date.now()));
});
