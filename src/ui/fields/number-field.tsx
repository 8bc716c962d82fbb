import { DraftInput, type DraftInputProps } from './draft-input';

export interface NumberFieldProps extends Omit<DraftInputProps, 'value'> {
  value: number;
  min: number;
  max: number;
}

/** A whole number typed or stepped with the arrow keys; the browser's spin buttons work too. */
export function NumberField({ value, ...rest }: NumberFieldProps) {
  return <DraftInput type="number" value={String(value)} {...rest} />;
}
