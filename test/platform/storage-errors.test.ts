import { describe, expect, it } from 'vitest';
import { StorageQuotaError, toStorageError, type QuotaKind } from '../../src/platform/storage-errors';

/*
 * The messages exactly as the browsers gave them, filling storage.sync from an extension page
 * (Chromium 156.0.8078.114 and Firefox 153.8.0esr, December 2026); older Chrome's wording after them.
 */
const seen: { browser: string; message: string; kind: QuotaKind }[] = [
  { browser: 'Chromium 156', message: 'Resource::kQuotaBytesPerItem quota exceeded', kind: 'item-too-large' },
  { browser: 'Chromium 156', message: 'Resource::kQuotaBytes quota exceeded', kind: 'area-full' },
  { browser: 'Chromium 156', message: 'Resource::kMaxItems quota exceeded', kind: 'too-many-items' },
  { browser: 'Chromium 156', message: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', kind: 'too-many-writes' },
  { browser: 'Chromium 156', message: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', kind: 'too-many-writes' },
  { browser: 'Firefox 153 ESR', message: 'QuotaExceededError: storage.sync API call exceeded its quota limitations.', kind: 'area-full' },
  { browser: 'older Chrome', message: 'QUOTA_BYTES_PER_ITEM quota exceeded', kind: 'item-too-large' },
  { browser: 'older Chrome', message: 'QUOTA_BYTES quota exceeded', kind: 'area-full' },
  { browser: 'older Chrome', message: 'MAX_ITEMS quota exceeded', kind: 'too-many-items' },
];

describe('quota errors', () => {
  for (const { browser, message, kind } of seen) {
    it(`reads ${browser}'s "${message}" as ${kind}`, () => {
      const error = toStorageError(new Error(message), 'sync', ['reminders.sound']);
      expect(error).toBeInstanceOf(StorageQuotaError);
      expect(error).toMatchObject({ area: 'sync', kind, keys: ['reminders.sound'] });
    });
  }

  it('passes an error that is not about a quota through unchanged', () => {
    const boom = new TypeError('Cannot read properties of undefined');
    expect(toStorageError(boom, 'sync')).toBe(boom);
  });
});
