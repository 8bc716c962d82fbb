// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/core/preference-migrations';
import { planPreferenceRepair } from '../../src/core/preference-repair';
import { validStoredItems } from '../helpers/preference-arbitraries';

describe('planPreferenceRepair', () => {
  it('writes nothing on a fresh install', () => {
    expect(planPreferenceRepair({})).toEqual({ set: {}, remove: [], backup: [] });
  });

  it('writes nothing when everything stored is valid and current', () => {
    fc.assert(
      fc.property(validStoredItems, (stored) => {
        expect(planPreferenceRepair(stored)).toEqual({ set: {}, remove: [], backup: [] });
      }),
    );
  });

  it('removes unreadable values and hands them over for backup', () => {
    const repair = planPreferenceRepair({ 'reminders.everyMinutes': 'often', 'appearance.theme': 'dark', unrelated: 1 });
    expect(repair.set).toEqual({});
    expect(repair.remove).toEqual(['reminders.everyMinutes']);
    expect(repair.backup).toEqual([{ key: 'reminders.everyMinutes', value: 'often', reason: expect.any(String) as string }]);
  });

  it('leaves data written by a newer Kindly exactly as it is', () => {
    const repair = planPreferenceRepair({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'reminders.everyMinutes': 'often' });
    expect(repair.set).toEqual({});
    expect(repair.remove).toEqual([]);
  });
});
