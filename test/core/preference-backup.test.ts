// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addBackup, hasUnseenBackup, MAX_PREFERENCE_BACKUPS, readBackups } from '../../src/core/preference-backup';

const invalid = [{ key: 'reminders.everyMinutes', value: 'often', reason: 'Invalid type' }];

describe('preference backups', () => {
  it('keeps each unreadable raw value with the time it was set aside', () => {
    expect(addBackup(undefined, invalid, 1_000)).toEqual([{ savedAt: 1_000, items: { 'reminders.everyMinutes': 'often' } }]);
  });

  it('adds to earlier backups and keeps a bounded history', () => {
    let backups: unknown = undefined;
    for (let at = 0; at < MAX_PREFERENCE_BACKUPS + 5; at++) backups = addBackup(backups, invalid, at);
    const kept = readBackups(backups, 0);
    expect(kept).toHaveLength(MAX_PREFERENCE_BACKUPS);
    expect(kept.at(-1)?.savedAt).toBe(MAX_PREFERENCE_BACKUPS + 4);
  });

  it('keeps an unexpected stored backup value rather than dropping it', () => {
    expect(readBackups('garbage', 5)).toEqual([{ savedAt: 5, items: { preferencesBackup: 'garbage' } }]);
  });

  it('changes nothing when nothing was invalid', () => {
    expect(addBackup(undefined, [], 1)).toEqual([]);
  });

  it('knows whether the newest backup has been seen', () => {
    const backups = addBackup(undefined, invalid, 1_000);
    expect(hasUnseenBackup(backups, undefined, 2_000)).toBe(true);
    expect(hasUnseenBackup(backups, 999, 2_000)).toBe(true);
    expect(hasUnseenBackup(backups, 1_000, 2_000)).toBe(false);
    expect(hasUnseenBackup(undefined, undefined, 2_000)).toBe(false);
  });
});
