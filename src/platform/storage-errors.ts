/** sync and local as the browser names them; session lives in memory until the browser closes. */
export type StorageAreaName = 'sync' | 'local' | 'session';

/** Which limit was hit, so the UI can say it in plain words. */
export type QuotaKind = 'item-too-large' | 'area-full' | 'too-many-items' | 'too-many-writes';

export class StorageQuotaError extends Error {
  override readonly name = 'StorageQuotaError';
  constructor(
    readonly area: StorageAreaName,
    readonly kind: QuotaKind,
    readonly keys: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(`storage.${area}: ${kind}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`, options);
  }
}

/** Why a write didn't land: a quota, or anything else the browser said. */
export type SaveProblem = QuotaKind | 'other';

export function saveProblemOf(error: unknown): SaveProblem {
  return error instanceof StorageQuotaError ? error.kind : 'other';
}

/** Stored preferences come from a newer Kindly; this version must not write over them. */
export class PreferencesReadOnlyError extends Error {
  override readonly name = 'PreferencesReadOnlyError';
}

/*
 * Chrome names the quota in its message, in two spellings: constant names ("QUOTA_BYTES_PER_ITEM
 * quota exceeded", "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.") and, in
 * current Chromium, C++ names ("Resource::kQuotaBytesPerItem quota exceeded", Resource::kMaxItems,
 * Resource::kQuotaBytes). Both read the same once underscores and case are set aside. Firefox says
 * "QuotaExceededError: storage.sync API call exceeded its quota limitations." for every limit
 * (and has no write-rate limit), so a quota message that names none counts as a full area.
 * The messages seen in real browsers are in test/platform/storage-errors.test.ts.
 */
export function quotaKindOf(message: string): QuotaKind | undefined {
  const words = message.replace(/[^a-z]/gi, '').toLowerCase();
  if (words.includes('quotabytesperitem')) return 'item-too-large';
  if (words.includes('maxwriteoperations')) return 'too-many-writes';
  if (words.includes('maxitems')) return 'too-many-items';
  if (words.includes('quota')) return 'area-full';
  return undefined;
}

export function toStorageError(error: unknown, area: StorageAreaName, keys: readonly string[] = []): unknown {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const kind = quotaKindOf(message);
  return kind ? new StorageQuotaError(area, kind, keys, { cause: error }) : error;
}

/** Refused before anything was written: the change needs more room than the area has. */
export class NotEnoughRoomError extends StorageQuotaError {
  constructor(
    area: StorageAreaName,
    kind: QuotaKind,
    /** For a full area: how much the change adds, and how much is free (bytes). */
    readonly room?: { neededBytes: number; freeBytes: number },
    keys: readonly string[] = [],
  ) {
    super(area, kind, keys);
  }
}
