import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The latest value a subscription delivers (undefined until the first), for
 * the live reads of utils/adapters/storage-reads/read-only-database.ts.
 */
export function useSubscription<T>(subscribe: (listener: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect: the read starts with the first render, not a frame later.
  useLayoutEffect(() => subscribe(setValue), [subscribe]);
  return value;
}
