import type { InstalledRelease, ReleaseHistoryEntry, ReleaseOrigin } from '../../dataset/dataset-status';
import type { LookupFiles } from '../../dataset/lookup-view';
import type { ReleaseChanges } from '../../dataset/release-changes';
import { ReleaseError } from '../../dataset/release-error';
import type { Release } from '../../dataset/schema';
import type { RepereDatabase } from './repere-database';

/**
 * Which release fills which slot (`current`, `previous`, `bundled`), each
 * change one IndexedDB transaction: a reader sees the old dataset or the new
 * one, never a mix, and if anything fails (quota, a closed worker) nothing
 * changes. These steps only write: releases are verified before.
 */

/** How many installs the history keeps. */
export const HISTORY_LENGTH = 10;

export interface VerifiedRelease {
  head: Pick<Release, 'version' | 'hash' | 'publishedAt' | 'notes'>;
  file: Blob;
  lookups: LookupFiles;
}

/**
 * Writes a verified release's file and makes it current (the replaced one
 * becomes previous; a bundled one also fills `bundled`), and the install
 * joins the history. `current: false` keeps a bundled release as `bundled`
 * only (an extension update shipping an older dataset than the synced one).
 */
export async function installRelease(
  db: RepereDatabase,
  options: {
    release: VerifiedRelease;
    origin: ReleaseOrigin;
    originUrl?: string;
    /** For a bundled release: the extension version that ships it. */
    extensionVersion?: string;
    changes?: ReleaseChanges;
    now: Date;
    current?: boolean;
  },
): Promise<void> {
  const { release: { head, file, lookups }, origin, originUrl, extensionVersion, changes, now, current = true } = options;
  const row: Omit<InstalledRelease, 'slot'> = {
    version: head.version,
    hash: head.hash,
    publishedAt: head.publishedAt,
    origin,
    ...(originUrl !== undefined ? { originUrl } : {}),
    installedAt: now.toISOString(),
  };
  await db.transaction('rw', [db.releases, db.releaseFiles, db.history], async () => {
    await db.releaseFiles.put({ hash: head.hash, file, lookups });
    if (origin === 'bundled') await db.releases.put({ ...row, slot: 'bundled', ...(extensionVersion ? { extensionVersion } : {}) });
    if (!current) return deleteUnnamedFiles(db);
    await moveIntoCurrent(db, row);
    const { hash: _hash, originUrl: _url, ...install } = row;
    const entry: ReleaseHistoryEntry = { ...install, ...(head.notes ? { notes: head.notes } : {}), ...(changes ? { changes } : {}), seen: false };
    await db.history.add(entry);
    await db.history.bulkDelete(await db.history.orderBy('seq').reverse().offset(HISTORY_LENGTH).primaryKeys());
  });
}

/** "Revenir à la version précédente": previous and current trade places. Both files are stored and were verified at install. */
export async function rollbackRelease(db: RepereDatabase): Promise<void> {
  await db.transaction('rw', [db.releases], async () => {
    const [current, previous] = await Promise.all([db.releases.get('current'), db.releases.get('previous')]);
    if (!previous || !current) throw new ReleaseError('no-previous');
    await db.releases.bulkPut([
      { ...previous, slot: 'current' },
      { ...current, slot: 'previous' },
    ]);
  });
}

/** "Revenir au jeu de données intégré": the bundled row becomes current. */
export async function resetToBundledRelease(db: RepereDatabase, now: Date): Promise<void> {
  await db.transaction('rw', [db.releases, db.releaseFiles], async () => {
    const bundled = await db.releases.get('bundled');
    if (!bundled) throw new Error('no bundled release is installed');
    const { slot: _slot, extensionVersion: _version, ...row } = bundled;
    await moveIntoCurrent(db, { ...row, installedAt: now.toISOString() });
  });
}

/** Makes `row` current and the current one previous (unless it is the same release). Inside a transaction. */
async function moveIntoCurrent(db: RepereDatabase, row: Omit<InstalledRelease, 'slot'>): Promise<void> {
  const current = await db.releases.get('current');
  if (current && current.hash !== row.hash) await db.releases.put({ ...current, slot: 'previous' });
  await db.releases.put({ ...row, slot: 'current' });
  await deleteUnnamedFiles(db);
}

async function deleteUnnamedFiles(db: RepereDatabase): Promise<void> {
  const named = (await db.releases.toArray()).map((slot) => slot.hash);
  await db.releaseFiles.where('hash').noneOf(named).delete();
}
