import { useChunk } from '../ui/use-chunk';
import type * as LaterModule from './later-sections';

/** The page's later parts (later-sections.tsx); only their types are imported here, not their code. */
export type LaterParts = typeof LaterModule;

/** What the page has of its later parts. */
export type LaterSectionsState = { status: 'loading' } | { status: 'loaded'; parts: LaterParts } | { status: 'failed' };

export type LoadLaterSections = () => Promise<LaterParts>;

/** The later parts, a chunk of their own so the first paint doesn't wait for them. */
export const loadLaterSections: LoadLaterSections = () => import('./later-sections');

/** The later parts once the page has painted, and whether they came (the page offers a reload if not). */
export function useLaterSections(load: LoadLaterSections = loadLaterSections): LaterSectionsState {
  const state = useChunk(load);
  return state.status === 'loaded' ? { status: 'loaded', parts: state.module } : state;
}
