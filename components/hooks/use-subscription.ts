import { useEffect, useState } from 'preact/hooks';

/**
 * The latest value a subscription delivers (undefined until the first), for
 * the live reads of utils/adapters/storage-reads/read-only-database.ts.
 */
export function useSubscription<T>(subscribe: (listener: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => subscribe(setValue), [subscribe]);
  return value;
}
