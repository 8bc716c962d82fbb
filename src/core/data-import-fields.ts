import { exportDocumentSchema } from './data-export-schema';
import { isPlainRecord } from './json-equal';

/** Where a field sits in a file, e.g. ['journal', '2026-03-14', 2, 'notes']. */
export type FieldPath = (string | number)[];

/** Names that could reach an object's prototype: valibot skips them, and so does Kindly, aloud. */
const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/**
 * Kindly's own entries nest four levels below the file's top; anything much deeper is not from
 * Kindly, and the browser would cut it when storing (Chrome stops at about a hundred levels).
 */
export const MAX_FIELD_DEPTH = 16;

const knownTopFields: readonly string[] = Object.keys(exportDocumentSchema.entries);

function copyWithout(value: unknown, path: FieldPath, leftOut: FieldPath[]): unknown {
  if (path.length >= MAX_FIELD_DEPTH && typeof value === 'object' && value !== null) {
    leftOut.push(path);
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item, index) => copyWithout(item, [...path, index], leftOut));
  if (!isPlainRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const unknownTop = path.length === 0 && !knownTopFields.includes(key);
    if (UNSAFE_KEYS.includes(key) || unknownTop) {
      leftOut.push([...path, key]);
      continue;
    }
    const kept = copyWithout(item, [...path, key], leftOut);
    if (kept !== undefined) copy[key] = kept;
  }
  return copy;
}

/**
 * The parsed file without what an import would otherwise drop without a word: fields named like
 * a prototype, values nested deeper than MAX_FIELD_DEPTH, fields at the top this version doesn't
 * know. Each is named in `leftOut`, for the preview to say. (A list that was too deep becomes a
 * shorter list's hole, `undefined`, which the schema then reports as the wrong type.)
 */
export function withoutUnusableFields(json: unknown): { json: unknown; leftOut: FieldPath[] } {
  // Most files have nothing to leave out: look first, and copy only a file that does.
  if (!hasUnusable(json, 0)) return { json, leftOut: [] };
  const leftOut: FieldPath[] = [];
  return { json: copyWithout(json, [], leftOut), leftOut };
}

function hasUnusable(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_FIELD_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => hasUnusable(item, depth + 1));
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    if (UNSAFE_KEYS.includes(key) || (depth === 0 && !knownTopFields.includes(key))) return true;
    if (hasUnusable(value[key], depth + 1)) return true;
  }
  return false;
}
