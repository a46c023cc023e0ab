import type { Release } from '../dataset/schema';
import type { InstalledRelease, ReleaseOrigin, RepereDatabase } from './repere-database';

/**
 * Replaces the installed dataset by `release` in one IndexedDB transaction:
 * a reader sees the old dataset or the new one, never a mix, and if anything
 * fails (quota, a closed worker) the transaction rolls back and nothing
 * changes. The replaced release is kept as `previous`.
 *
 * The release must already be verified (schema, hash, signature, version):
 * this step only writes.
 */
export async function installRelease(
  db: RepereDatabase,
  {
    release,
    json,
    origin,
    originUrl,
    now,
  }: { release: Release; json: string; origin: ReleaseOrigin; originUrl?: string; now: Date },
): Promise<void> {
  const record: InstalledRelease = {
    slot: 'current',
    version: release.version,
    hash: release.hash,
    publishedAt: release.publishedAt,
    origin,
    ...(originUrl !== undefined ? { originUrl } : {}),
    installedAt: now.toISOString(),
    json,
  };
  await db.transaction('rw', [db.terms, db.milestones, db.sources, db.releases], async () => {
    const current = await db.releases.get('current');
    if (current && current.hash !== release.hash) await db.releases.put({ ...current, slot: 'previous' });
    await db.releases.put(record);
    await Promise.all([db.terms.clear(), db.milestones.clear(), db.sources.clear()]);
    await Promise.all([
      db.terms.bulkAdd(release.terms),
      db.milestones.bulkAdd(release.milestones),
      db.sources.bulkAdd(release.sources),
    ]);
  });
}
