import { describe, expect, it } from 'vitest';
import {
  chosenPreferenceItems,
  isPreferenceItemKey,
  parsePreferencesArea,
  planAreaSwitch,
  preferenceItems,
} from '../../src/core/preferences-area';

const sync = { 'reminders.everyMinutes': 45, 'appearance.theme': 'dark', schemaVersion: 1, lastPauseAt: 1_000 };

describe('where preferences live', () => {
  it('is sync unless this device says local', () => {
    expect(parsePreferencesArea(undefined)).toBe('sync');
    expect(parsePreferencesArea('local')).toBe('local');
    expect(parsePreferencesArea('elsewhere')).toBe('sync');
  });

  it('tells preference items from the other things storage holds', () => {
    for (const key of ['reminders.everyMinutes', 'newTab.greetingName', 'schemaVersion', 'future.setting']) expect(isPreferenceItemKey(key), key).toBe(true);
    for (const key of ['journal:2026-03-14', 'pauseLog:2026-03-14', 'schedule', 'preferencesArea', 'preferencesBackup', 'lastPauseAt']) {
      expect(isPreferenceItemKey(key), key).toBe(false);
    }
    expect(preferenceItems({ ...sync, schedule: { rhythmFrom: 1 } })).toEqual({ 'reminders.everyMinutes': 45, 'appearance.theme': 'dark', schemaVersion: 1 });
  });

  it('reads preferences from the area the marker chooses', () => {
    const local = { 'reminders.everyMinutes': 20, schedule: {} };
    expect(chosenPreferenceItems(sync, local)).toEqual({ 'reminders.everyMinutes': 45, 'appearance.theme': 'dark', schemaVersion: 1 });
    expect(chosenPreferenceItems(sync, { ...local, preferencesArea: 'local' })).toEqual({ 'reminders.everyMinutes': 20 });
  });

  it('moving to this device copies sync’s items here, marks the choice in the same write, and leaves sync alone', () => {
    const local = { 'exercises.chime': true, schedule: { rhythmFrom: 5 } };
    expect(planAreaSwitch('local', sync, local)).toEqual({
      local: { set: { 'reminders.everyMinutes': 45, 'appearance.theme': 'dark', schemaVersion: 1, preferencesArea: 'local' }, remove: ['exercises.chime'] },
    });
  });

  it('moving back to sync makes this device’s values the shared ones and drops the local copy', () => {
    const local = { 'reminders.everyMinutes': 20, schemaVersion: 1, preferencesArea: 'local', schedule: {} };
    expect(planAreaSwitch('sync', sync, local)).toEqual({
      sync: { set: { 'reminders.everyMinutes': 20, schemaVersion: 1 }, remove: ['appearance.theme'] },
      local: { set: {}, remove: ['reminders.everyMinutes', 'schemaVersion', 'preferencesArea'] },
    });
  });
});
