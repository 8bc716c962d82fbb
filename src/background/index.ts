import { parseWorkerMessage } from '../core/reminders/worker-messages';
import { onAlarm } from '../platform/alarms';
import { onCommand } from '../platform/commands';
import { onIdleStateChanged } from '../platform/idle';
import { onWorkerMessage } from '../platform/worker-message-listener';
import { onNotificationButtonClicked, onNotificationClicked, onNotificationClosed } from '../platform/notifications';
import { onBrowserStartup, onInstalled } from '../platform/runtime';
import { onItemsChanged } from '../platform/storage';
import { openTab } from '../platform/tabs';
import { exposeTestHooks, track } from '../platform/test-hooks';
import { REMINDER_ALARM, REMINDER_NOTIFICATION, openPauseWindow } from './reminder-effects';
import * as reminders from './reminders';
import { repairPreferences } from './repair-preferences';
import { storageChanged } from './storage-changes';

/*
 * The worker may be stopped at any moment and started again by an event. Every listener is
 * registered here, synchronously, at the top level, so no event is missed on a cold start;
 * nothing it needs lives only in memory.
 */
exposeTestHooks();

onInstalled((reason) => {
  if (reason === 'install' || reason === 'update') void track(repairPreferences(Date.now()));
  // A new install starts its rhythm now and says hello once; an update keeps the rhythm in progress.
  if (reason === 'install') {
    void reminders.browserStarted();
    void track(openTab('welcome.html'));
  }
});

onBrowserStartup(() => void reminders.browserStarted());

onAlarm((name) => {
  if (name === REMINDER_ALARM) void reminders.alarmFired();
});

onIdleStateChanged((state) => void reminders.idleStateChanged(state));

onNotificationButtonClicked((id, button) => {
  if (id !== REMINDER_NOTIFICATION) return;
  void (button === 0 ? track(openPauseWindow()) : reminders.snooze(15));
});

// Firefox shows no buttons: a click on the reminder starts the pause (in Chrome too).
onNotificationClicked((id) => {
  if (id === REMINDER_NOTIFICATION) void track(openPauseWindow());
});

onNotificationClosed((id, byUser) => {
  if (id === REMINDER_NOTIFICATION && byUser) void reminders.reminderDismissed();
});

onCommand((command) => {
  if (command === 'start-pause') void track(openPauseWindow());
});

onWorkerMessage((message) => {
  const parsed = parseWorkerMessage(message);
  return parsed ? reminders.runMessage(parsed) : undefined;
});

onItemsChanged('sync', (changes) => storageChanged('sync', changes));
onItemsChanged('local', (changes) => storageChanged('local', changes));

void reminders.reconcile();
