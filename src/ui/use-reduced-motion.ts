import { useEffect, useState } from 'preact/hooks';

const query = '(prefers-reduced-motion: reduce)';

/** Some embedded views and test DOMs have no matchMedia; they get motion unless asked otherwise. */
function mediaList(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
}

/** Whether the system asks for less motion, kept live as the person changes the setting. */
export function usePrefersReducedMotion(): boolean {
  const [reduce, setReduce] = useState(() => mediaList()?.matches ?? false);
  useEffect(() => {
    const list = mediaList();
    if (!list) return;
    const update = () => setReduce(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return reduce;
}
