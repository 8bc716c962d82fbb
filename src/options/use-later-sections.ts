import { useEffect, useState } from 'preact/hooks';
import type * as LaterModule from './later-sections';

/** The page's later parts (later-sections.tsx); only their types are imported here, not their code. */
export type LaterParts = typeof LaterModule;

/** What the page has of its later parts. */
export type LaterSectionsState = { status: 'loading' } | { status: 'loaded'; parts: LaterParts } | { status: 'failed' };

export type LoadLaterSections = () => Promise<LaterParts>;

/** The later parts, a chunk of their own so the first paint doesn't wait for them. */
export const loadLaterSections: LoadLaterSections = () => import('./later-sections');

/**
 * Fetches the later parts once the page has painted (effects run after paint), and says
 * whether they came. A failed fetch is not tried again here: the page offers a reload.
 */
export function useLaterSections(load: LoadLaterSections = loadLaterSections): LaterSectionsState {
  const [state, setState] = useState<LaterSectionsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (parts) => current && setState({ status: 'loaded', parts }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}
