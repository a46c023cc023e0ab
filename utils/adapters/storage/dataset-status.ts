import type { DatasetStatus, InstalledRelease, InstalledReleaseInfo, SyncState } from '../../dataset/dataset-status';
import type { RepereDatabase } from './repere-database';

export const EMPTY_SYNC_STATE: SyncState = { key: 'sync', consecutiveFailures: 0 };

function infoOf(record: InstalledRelease | undefined): InstalledReleaseInfo | null {
  if (!record) return null;
  const { slot: _slot, ...info } = record;
  return info;
}

export async function readDatasetStatus(db: RepereDatabase): Promise<DatasetStatus> {
  return db.transaction('r', [db.releases, db.syncState, db.history], async () => {
    const [current, previous, sync, history] = await Promise.all([
      db.releases.get('current'),
      db.releases.get('previous'),
      db.syncState.get('sync'),
      db.history.orderBy('seq').reverse().toArray(),
    ]);
    return { current: infoOf(current), previous: infoOf(previous), sync: sync ?? EMPTY_SYNC_STATE, history };
  });
}

/** The popup has shown install `seq`'s changes (and every earlier one's). */
export async function markChangesSeen(db: RepereDatabase, seq: number): Promise<void> {
  await db.history.where('seq').belowOrEqual(seq).modify({ seen: true });
}
