import { ReleaseError } from '../../dataset/release-error';
import { moveIntoCurrent } from './install-release';
import type { RepereDatabase } from './repere-database';

/**
 * "Revenir à la version précédente": the previous and current rows trade
 * places, in one transaction. Both files were verified when they were
 * installed and are still stored: nothing is checked or written again.
 */
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

/** "Revenir au jeu de données intégré": the bundled row becomes current, in one transaction. */
export async function resetToBundledRelease(db: RepereDatabase, now: Date): Promise<void> {
  await db.transaction('rw', [db.releases, db.releaseFiles], async () => {
    const bundled = await db.releases.get('bundled');
    if (!bundled) throw new Error('no bundled release is installed');
    const { slot: _slot, extensionVersion: _version, ...row } = bundled;
    await moveIntoCurrent(db, { ...row, installedAt: now.toISOString() });
  });
}
