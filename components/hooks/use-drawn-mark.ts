import { useEffect, useRef } from 'preact/hooks';

/**
 * Leaves a `performance.mark(name)` once, in the task after the first frame
 * that shows what `ready` announces: what `npm run bench` reads to time a
 * page's first screen. Marks cost nothing and leave the page.
 */
export function useDrawnMark(name: string, ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
  }, [ready]);
}
