import type { Release } from '../../dataset/schema';
import { deleteReleaseTextsExcept, writeReleaseText } from './release-text-pieces';
import type { InstalledRelease, ReleaseOrigin } from '../../dataset/dataset-status';
import type { RepereDatabase } from './repere-database';

/**
 * Makes `release` the installed dataset in one IndexedDB transaction: its
 * text is stored (in pieces, see release-text-pieces), the slot rows are
 * swapped (the replaced release becomes `previous`), and texts no slot
 * names any more are deleted. A reader sees the old dataset or the new one,
 * never a mix, and if anything fails (quota, a closed worker) the
 * transaction rolls back and nothing changes.
 *
 * The release must already be verified (schema, hash, signature, version):
 * this step only writes.
 */
export async function installRelease(
  db: RepereDatabase,
  {
    release,
    textPieces,
    origin,
    originUrl,
    now,
  }: {
    release: Release;
    /** The release file's text, as splitReleaseText cuts it. */
    textPieces: readonly string[];
    origin: ReleaseOrigin;
    originUrl?: string;
    now: Date;
  },
): Promise<void> {
  const record: InstalledRelease = {
    slot: 'current',
    version: release.version,
    hash: release.hash,
    publishedAt: release.publishedAt,
    origin,
    ...(originUrl !== undefined ? { originUrl } : {}),
    installedAt: now.toISOString(),
  };
  await db.transaction('rw', [db.releases, db.releaseTexts], async () => {
    const [current, previous] = await Promise.all([db.releases.get('current'), db.releases.get('previous')]);
    // Reinstalling the current release (a reset to the bundled one that is
    // already current) keeps the previous one as it is.
    const nextPrevious = current && current.hash !== release.hash ? { ...current, slot: 'previous' as const } : previous;
    await writeReleaseText(db, release.hash, textPieces);
    if (nextPrevious) await db.releases.put(nextPrevious);
    await db.releases.put(record);
    await deleteReleaseTextsExcept(db, [release.hash, ...(nextPrevious ? [nextPrevious.hash] : [])]);
  });
}
