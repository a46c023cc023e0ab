import type { InstalledRelease, ReleaseHistoryEntry, ReleaseOrigin } from '../../dataset/dataset-status';
import type { LookupFiles } from '../../dataset/lookup-view';
import type { ReleaseChanges } from '../../dataset/release-changes';
import type { Release } from '../../dataset/schema';
import type { RepereDatabase } from './repere-database';

/** How many installs the history keeps. */
export const HISTORY_LENGTH = 10;

export interface VerifiedRelease {
  head: Pick<Release, 'version' | 'hash' | 'publishedAt' | 'notes'>;
  file: Blob;
  lookups: LookupFiles;
}

/**
 * Makes a verified release the installed dataset in one IndexedDB
 * transaction: its file row is written, the slot rows are swapped (the
 * replaced release becomes `previous`; a bundled one also fills `bundled`),
 * files no slot names any more are deleted, and the install joins the
 * history. A reader sees the old dataset or the new one, never a mix, and if
 * anything fails (quota, a closed worker) nothing changes. This step only
 * writes: the release was verified before.
 */
export async function installRelease(
  db: RepereDatabase,
  {
    release,
    origin,
    originUrl,
    extensionVersion,
    changes,
    now,
  }: {
    release: VerifiedRelease;
    origin: ReleaseOrigin;
    originUrl?: string;
    /** For a bundled release: the extension version that ships it. */
    extensionVersion?: string;
    changes?: ReleaseChanges;
    now: Date;
  },
): Promise<void> {
  const { head, file, lookups } = release;
  const row: Omit<InstalledRelease, 'slot'> = {
    version: head.version,
    hash: head.hash,
    publishedAt: head.publishedAt,
    origin,
    ...(originUrl !== undefined ? { originUrl } : {}),
    installedAt: now.toISOString(),
  };
  const entry: ReleaseHistoryEntry = {
    version: head.version,
    publishedAt: head.publishedAt,
    installedAt: row.installedAt,
    origin,
    ...(head.notes ? { notes: head.notes } : {}),
    ...(changes ? { changes } : {}),
    seen: false,
  };
  await db.transaction('rw', [db.releases, db.releaseFiles, db.history], async () => {
    await db.releaseFiles.put({ hash: head.hash, file, lookups });
    if (origin === 'bundled') await db.releases.put({ ...row, slot: 'bundled', ...(extensionVersion ? { extensionVersion } : {}) });
    await moveIntoCurrent(db, row);
    await db.history.add(entry);
    const old = await db.history.orderBy('seq').reverse().offset(HISTORY_LENGTH).primaryKeys();
    await db.history.bulkDelete(old);
  });
}

/**
 * Makes `row` current, the current one previous (unless it is the same
 * release), and deletes the files no slot names. Runs inside a transaction
 * over `releases` and `releaseFiles`.
 */
export async function moveIntoCurrent(db: RepereDatabase, row: Omit<InstalledRelease, 'slot'>): Promise<void> {
  const current = await db.releases.get('current');
  if (current && current.hash !== row.hash) await db.releases.put({ ...current, slot: 'previous' });
  await db.releases.put({ ...row, slot: 'current' });
  const kept = (await db.releases.toArray()).map((slot) => slot.hash);
  await db.releaseFiles.where('hash').noneOf(kept).delete();
}

/**
 * Keeps a bundled release that is not newer than the current one as the
 * `bundled` slot only (after an extension update that ships an older
 * dataset than the one synced since), in one transaction.
 */
export async function keepBundledRelease(
  db: RepereDatabase,
  { release, extensionVersion, now }: { release: VerifiedRelease; extensionVersion?: string; now: Date },
): Promise<void> {
  const { head, file, lookups } = release;
  await db.transaction('rw', [db.releases, db.releaseFiles], async () => {
    await db.releaseFiles.put({ hash: head.hash, file, lookups });
    await db.releases.put({
      slot: 'bundled',
      version: head.version,
      hash: head.hash,
      publishedAt: head.publishedAt,
      origin: 'bundled',
      installedAt: now.toISOString(),
      ...(extensionVersion ? { extensionVersion } : {}),
    });
    const kept = (await db.releases.toArray()).map((slot) => slot.hash);
    await db.releaseFiles.where('hash').noneOf(kept).delete();
  });
}
