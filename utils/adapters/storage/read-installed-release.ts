import type { InstalledRelease, ReleaseFile } from '../../dataset/dataset-status';
import type { RepereDatabase } from './repere-database';

export interface InstalledReleaseWithText {
  release: InstalledRelease;
  json: string;
}

/** The release in `slot` and its file row, read in one transaction so both belong to the same install. */
export async function readInstalledFile(db: RepereDatabase, slot: InstalledRelease['slot']): Promise<{ release: InstalledRelease; file: ReleaseFile } | null> {
  return db.transaction('r', [db.releases, db.releaseFiles], async () => {
    const release = await db.releases.get(slot);
    if (!release) return null;
    const file = await db.releaseFiles.get(release.hash);
    // A slot without its file would be a broken database: report it rather than pretend.
    if (!file) throw new Error(`the ${slot} release ${release.version} has no stored file`);
    return { release, file };
  });
}

/** The release in `slot` with its file's text (what the popup's timeline and "export" read). */
export async function readInstalledRelease(db: RepereDatabase, slot: InstalledRelease['slot']): Promise<InstalledReleaseWithText | null> {
  const found = await readInstalledFile(db, slot);
  // Blob.text() is not Dexie's: wrapped so a live query stays tracked (Dexie's rule for other async APIs).
  return found && { release: found.release, json: await Promise.resolve(found.file.file.text()) };
}
