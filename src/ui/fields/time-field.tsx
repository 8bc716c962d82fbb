import { DraftInput, type DraftInputProps } from './draft-input';

/** A time of day ("HH:MM", 24-hour); the browser shows it the way the person's locale writes it. */
export function TimeField(props: DraftInputProps) {
  return <DraftInput type="time" {...props} />;
}
