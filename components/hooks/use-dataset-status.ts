import { watchDatasetStatus } from '@/utils/adapters/storage-reads/read-only-database';
import type { DatasetStatus } from '@/utils/dataset/dataset-status';
import { useSubscription } from './use-subscription';

/** The installed dataset's and sync's status, live. */
export function useDatasetStatus(): DatasetStatus | undefined {
  return useSubscription(watchDatasetStatus);
}
