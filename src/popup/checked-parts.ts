/*
 * What the popup reads from storage and must check against a schema (valibot) before it uses it:
 * its preferences, the schedule behind the reminder line, the journal behind the suggestion. One
 * chunk the popup fetches right after its first paint (use-checked-parts.ts), so the list paints
 * from the pages' snapshot without the schema (core/unchecked-preferences.ts) and these follow.
 */
export { journalEntries } from '../core/reflections/history';
export { parsePreferences } from '../core/preferences';
export { ReminderStatus } from './reminder-status';
