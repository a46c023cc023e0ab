import type { DatasetStatus, InstalledRelease, InstalledReleaseInfo, SyncState } from '../../dataset/dataset-status';
import type { RepereDatabase } from './repere-database';

export const EMPTY_SYNC_STATE: SyncState = { key: 'sync', consecutiveFailures: 0 };

function infoOf(record: InstalledRelease | undefined): InstalledReleaseInfo | null {
  if (!record) return null;
  const { slot: _slot, ...info } = record;
  return info;
}

export async function readDatasetStatus(db: RepereDatabase): Promise<DatasetStatus> {
  return db.transaction('r', [db.releases, db.syncState], async () => {
    const [current, previous, sync] = await Promise.all([
      db.releases.get('current'),
      db.releases.get('previous'),
      db.syncState.get('sync'),
    ]);
    return { current: infoOf(current), previous: infoOf(previous), sync: sync ?? EMPTY_SYNC_STATE };
  });
}
