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

/** Stored preferences come from a newer Kindly; this version must not write over them. */
export class PreferencesReadOnlyError extends Error {
  override readonly name = 'PreferencesReadOnlyError';
}

/*
 * Chrome names the quota in its message ("QUOTA_BYTES_PER_ITEM quota exceeded",
 * "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"); Firefox throws a QuotaExceededError
 * without saying which one.
 */
export function quotaKindOf(message: string): QuotaKind | undefined {
  if (message.includes('QUOTA_BYTES_PER_ITEM')) return 'item-too-large';
  if (message.includes('MAX_WRITE_OPERATIONS')) return 'too-many-writes';
  if (message.includes('MAX_ITEMS')) return 'too-many-items';
  if (message.includes('QUOTA_BYTES') || /quota/i.test(message)) return 'area-full';
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
