import { parseWorkerMessage } from '../core/reminders/worker-messages';
import { onAlarm } from '../platform/alarms';
import { onCommand } from '../platform/commands';
import { onIdleStateChanged } from '../platform/idle';
import { onWorkerMessage } from '../platform/worker-message-listener';
import { clearNotification, onNotificationButtonClicked, onNotificationClicked, onNotificationClosed } from '../platform/notifications';
import { onBrowserStartup, onInstalled } from '../platform/runtime';
import { onItemsChanged } from '../platform/storage';
import { openTab } from '../platform/tabs';
import { onWindowRemoved } from '../platform/windows';
import { exposeTestHooks, track } from '../platform/test-hooks';
import { REMINDER_ALARM, REMINDER_NOTIFICATION, TEST_REMINDER_NOTIFICATION, openPauseWindow, pauseWindowClosed } from './reminder-effects';
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

onAlarm((name, scheduledTime) => {
  if (name === REMINDER_ALARM) void reminders.alarmFired(scheduledTime);
});

onIdleStateChanged((state) => void reminders.idleStateChanged(state));

onNotificationButtonClicked((id, button) => {
  if (id === REMINDER_NOTIFICATION) void (button === 0 ? track(openPauseWindow()) : reminders.snooze(15));
  // A test reminder's buttons do what they say, as a test: a pause that isn't counted, or nothing.
  if (id === TEST_REMINDER_NOTIFICATION) void track(button === 0 ? openPauseWindow({ test: true }) : clearNotification(id));
});

// Firefox shows no buttons: a click on the reminder starts the pause (in Chrome too).
onNotificationClicked((id) => {
  if (id === REMINDER_NOTIFICATION) void track(openPauseWindow());
  if (id === TEST_REMINDER_NOTIFICATION) void track(openPauseWindow({ test: true }));
});

onNotificationClosed((id, byUser) => {
  if (id === REMINDER_NOTIFICATION && byUser) void reminders.reminderDismissed();
});

onWindowRemoved((windowId) => void track(pauseWindowClosed(windowId)));

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
