import * as v from 'valibot';
import type { StorageSnapshot } from './data-export';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema, type ExportDocument } from './data-export-schema';
import { withoutUnusableFields, type FieldPath } from './data-import-fields';
import { importablePreferences, planImport } from './data-import-plan';
import { isPlainRecord, jsonEqual } from './json-equal';
import { isOwnAffirmationKey, parseOwnAffirmations, storedValue } from './own-affirmations';
import { CURRENT_SCHEMA_VERSION, migrateStoredItems, type StoredItems } from './preference-migrations';
import { getPreference, isPreferenceKey, parsePreferences, preferenceKeys, validatePreference, type InvalidPreference } from './preferences';
import { chosenPreferenceItems, parsePreferencesArea, type PreferencesArea } from './preferences-area';
import { PREFERENCES_AREA_KEY, SCHEMA_VERSION_KEY } from './storage-keys';

/** Why a file can't be imported; the page says each in plain words. */
export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'not-kindly' }
  | { code: 'newer-version' }
  /** Something has the wrong type; `at` names where, e.g. ['journal', '2026-03-14', 2, 'at']. */
  | { code: 'wrong-type'; at: (string | number)[] };

/** What applying the file will change, for the preview. */
export interface ImportSummary {
  exportedAt: string;
  /** Whether the file has preferences at all: the reflections page's export of the history alone has none. */
  preferencesInFile: boolean;
  /** Preferences whose value will differ from the current one. */
  preferencesChanged: number;
  journalToAdd: number;
  pauseLogToAdd: number;
  /** Where the file keeps preferences, and whether that differs from this device now. */
  area: PreferencesArea;
  areaChanges: boolean;
  /** Only when the file or this device has own affirmations: what becomes of them. */
  ownAffirmations?: OwnAffirmationsSummary;
  /** The file's backups of unreadable values that come in, and those with no room beside this device's own. */
  backups: { added: number; leftOut: number };
  /** Fields of the file that are not brought in (see withoutUnusableFields), named. */
  leftOutFields: FieldPath[];
}

export interface OwnAffirmationsSummary {
  /** Compared with what is stored now: new in the file, different in it, and missing from it (so removed). */
  added: number;
  changed: number;
  removed: number;
  /** In the file but unusable (unreadable, or past the limit): left out and kept as a backup instead. */
  leftOut: InvalidPreference[];
}

export type ImportParse = { ok: true; document: ExportDocument; summary: ImportSummary } | { ok: false; problem: ImportProblem };

const fail = (problem: ImportProblem): ImportParse => ({ ok: false, problem });

/** Where the first problem is, from valibot's issue path. */
function issuePlace(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** Preferences must be ones this version knows, each a valid value, after migrating older ones. */
function preferenceProblem(items: StoredItems): ImportProblem | undefined {
  const version = items[SCHEMA_VERSION_KEY];
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) return { code: 'newer-version' };
  const migrated = migrateStoredItems(items);
  if (migrated.unreadableVersion !== undefined) return { code: 'wrong-type', at: ['preferences', SCHEMA_VERSION_KEY] };
  for (const [key, value] of Object.entries(migrated.items)) {
    // The person's own affirmations are checked one by one: an unreadable one is left out, not the file.
    if (key === SCHEMA_VERSION_KEY || isOwnAffirmationKey(key)) continue;
    if (!isPreferenceKey(key) || !validatePreference(key, value).ok) return { code: 'wrong-type', at: ['preferences', key] };
  }
  return undefined;
}

function countChangedPreferences(before: StoredItems, after: StoredItems): number {
  const now = parsePreferences(before).preferences;
  const next = parsePreferences(after).preferences;
  return preferenceKeys.filter((key) => !jsonEqual(getPreference(now, key), getPreference(next, key))).length;
}

function summarizeOwnAffirmations(before: StoredItems, document: ExportDocument): OwnAffirmationsSummary | undefined {
  const { items, leftOut } = importablePreferences(document);
  const now = new Map(parseOwnAffirmations(before).list.map((item) => [item.id, storedValue(item)]));
  const next = new Map(parseOwnAffirmations(items).list.map((item) => [item.id, storedValue(item)]));
  const added = [...next.keys()].filter((id) => !now.has(id)).length;
  const removed = [...now.keys()].filter((id) => !next.has(id)).length;
  const changed = [...next.keys()].filter((id) => now.has(id) && !jsonEqual(now.get(id), next.get(id))).length;
  return added + changed + removed > 0 || leftOut.length > 0 ? { added, changed, removed, leftOut } : undefined;
}

function summarize(document: ExportDocument, current: StorageSnapshot, now: number, leftOutFields: FieldPath[]): ImportSummary {
  const plan = planImport(document, current, now);
  const area = parsePreferencesArea(current.local[PREFERENCES_AREA_KEY]);
  const before = chosenPreferenceItems(current.sync, current.local);
  const { preferences, preferencesArea = area } = document;
  const ownAffirmations = preferences && summarizeOwnAffirmations(before, document);
  return {
    exportedAt: document.exportedAt,
    preferencesInFile: preferences !== undefined,
    preferencesChanged: preferences ? countChangedPreferences(before, preferences) : 0,
    journalToAdd: plan.added.journal,
    pauseLogToAdd: plan.added.pauseLog,
    area: preferencesArea,
    areaChanges: area !== preferencesArea,
    ...(ownAffirmations && { ownAffirmations }),
    backups: { added: plan.backupsFromFile, leftOut: plan.backupsLeftOut },
    leftOutFields,
  };
}

/** Reading a file in steps: the caller may let the page breathe at each `yield` (a large file takes a while). */
function* parseSteps(text: string, current: StorageSnapshot, now: number): Generator<void, ImportParse> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isPlainRecord(json) || json.format !== EXPORT_FORMAT) return fail({ code: 'not-kindly' });
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) return fail({ code: 'newer-version' });
  yield;
  const usable = withoutUnusableFields(json);
  const result = v.safeParse(exportDocumentSchema, usable.json);
  if (!result.success) return fail({ code: 'wrong-type', at: issuePlace(result.issues[0]) });
  const { preferences, preferencesArea } = result.output;
  // Both or neither: a file with preferences and no word of where they were kept is not one Kindly wrote.
  if ((preferences === undefined) !== (preferencesArea === undefined)) {
    return fail({ code: 'wrong-type', at: [preferences === undefined ? 'preferences' : 'preferencesArea'] });
  }
  const problem = preferences && preferenceProblem(preferences);
  if (problem) return fail(problem);
  yield;
  return { ok: true, document: result.output, summary: summarize(result.output, current, now, usable.leftOut) };
}

/**
 * Reads an export file's text against what is stored now. Never throws: whatever the text, the
 * answer is a document with a preview of what it changes, or the problem in a form the page can
 * put into plain words. Nothing is written here. `pause` runs between the steps of the reading
 * (a page passes one that waits for its next task); without it, the reading is done at once.
 */
export function parseImport(text: string, current: StorageSnapshot, now: number): ImportParse;
export function parseImport(text: string, current: StorageSnapshot, now: number, pause: () => Promise<void>): Promise<ImportParse>;
export function parseImport(text: string, current: StorageSnapshot, now: number, pause?: () => Promise<void>): ImportParse | Promise<ImportParse> {
  // Only something pathological (nesting deep enough to exhaust the stack) throws.
  const unreadable = () => fail({ code: 'not-kindly' });
  const steps = parseSteps(text, current, now);
  const step = () => {
    try {
      return steps.next();
    } catch {
      return { done: true as const, value: unreadable() };
    }
  };
  if (!pause) {
    for (let next = step(); ; next = step()) if (next.done) return next.value;
  }
  return (async () => {
    for (let next = step(); ; next = step()) {
      if (next.done) return next.value;
      await pause();
    }
  })();
}
