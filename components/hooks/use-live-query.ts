import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A Dexie query that re-runs whenever the tables it read change, from any
 * context: a release installed by the background shows in an open popup at
 * once.
 */
export function useLiveQuery<T>(query: () => Promise<T>, dependencies: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[Repère] live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, dependencies);
  return value;
}
