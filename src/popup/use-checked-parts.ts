import { useEffect, useState } from 'preact/hooks';
import type * as checkedParts from './checked-parts';

export type CheckedParts = typeof checkedParts;

/**
 * The popup's checked parts (checked-parts.ts), fetched once the first render is on screen (an
 * effect runs after paint); undefined until they arrive. The browser keeps the chunk, so every
 * caller gets the same module.
 */
export function useCheckedParts(): CheckedParts | undefined {
  const [parts, setParts] = useState<CheckedParts>();
  useEffect(() => {
    let live = true;
    void import('./checked-parts').then((loaded) => live && setParts(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return parts;
}
