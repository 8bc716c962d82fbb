import { useChunk } from '../ui/use-chunk';
import type * as checkedParts from './checked-parts';

export type CheckedParts = typeof checkedParts;

const loadCheckedParts = (): Promise<CheckedParts> => import('./checked-parts');

/**
 * The popup's checked parts (checked-parts.ts), fetched once the first render is on screen;
 * undefined until they arrive. The browser keeps the chunk, so every caller gets the same module.
 */
export function useCheckedParts(): CheckedParts | undefined {
  const state = useChunk(loadCheckedParts);
  return state.status === 'loaded' ? state.module : undefined;
}
