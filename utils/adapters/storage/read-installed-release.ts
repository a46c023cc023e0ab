import { readReleaseText } from './release-text-pieces';
import type { InstalledRelease } from '../../dataset/dataset-status';
import type { RepereDatabase } from './repere-database';

export interface InstalledReleaseWithText {
  release: InstalledRelease;
  json: string;
}

/**
 * The release in `slot` with its text, read in one transaction so the row
 * and the text belong to the same install even if another one lands meanwhile.
 */
export async function readInstalledRelease(
  db: RepereDatabase,
  slot: InstalledRelease['slot'],
): Promise<InstalledReleaseWithText | null> {
  return db.transaction('r', [db.releases, db.releaseTexts], async () => {
    const release = await db.releases.get(slot);
    if (!release) return null;
    const json = await readReleaseText(db, release.hash);
    // A slot without its text would be a broken database: report it rather than pretend.
    if (json === null) throw new Error(`the ${slot} release ${release.version} has no stored text`);
    return { release, json };
  });
}
