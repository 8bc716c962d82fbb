import { useEffect, useState } from 'preact/hooks';

/** What a page has of a chunk it fetches with import(). */
export type ChunkState<Module> = { status: 'loading' } | { status: 'loaded'; module: Module } | { status: 'failed' };

/**
 * Fetches a chunk once the first render is on screen (effects run after paint), so the page's
 * first paint doesn't wait for it, and says whether it came. `load` must be the same function on
 * every render (a module-level one): a new one fetches again. A failed fetch is not retried here.
 */
export function useChunk<Module>(load: () => Promise<Module>): ChunkState<Module> {
  const [state, setState] = useState<ChunkState<Module>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setState({ status: 'loaded', module }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
