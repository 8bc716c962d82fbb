import type { Preferences } from '../core/preferences';
import { describeRhythm } from './format';

export function RhythmSummary({ reminders }: { reminders: Preferences['reminders'] }) {
  return <p class="rhythm">{describeRhythm(reminders)}</p>;
}
