import { liveQuery } from 'dexie';
import type { DatasetStatus, InstalledRelease } from '../../dataset/dataset-status';
import { readDatasetStatus } from '../storage/dataset-status';
import { readInstalledRelease, type InstalledReleaseWithText } from '../storage/read-installed-release';
import { openRepereDatabase } from '../storage/repere-database';

/**
 * The only way the extension's pages (popup, options, roadmap) reach the
 * database: reads, live. Live queries re-run whenever the tables they read
 * change, from any context, so a release installed by the background shows
 * in an open popup at once. Writes go through the background.
 */

export type Unsubscribe = () => void;

function watch<T>(query: () => Promise<T>, listener: (value: T) => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next: listener,
    error: (error: unknown) => console.error('[Repère] live query failed', error),
  });
  return () => subscription.unsubscribe();
}

/** The installed release with its text, now and after every change. */
export function watchInstalledRelease(listener: (installed: InstalledReleaseWithText | null) => void): Unsubscribe {
  const db = openRepereDatabase();
  return watch(() => readInstalledRelease(db, 'current'), listener);
}

/** What the popup and options show about the installed dataset and sync, live. */
export function watchDatasetStatus(listener: (status: DatasetStatus) => void): Unsubscribe {
  const db = openRepereDatabase();
  return watch(() => readDatasetStatus(db), listener);
}

/** One read of a slot's release and text (for "export"). */
export function readInstalledReleaseOnce(slot: InstalledRelease['slot']): Promise<InstalledReleaseWithText | null> {
  return readInstalledRelease(openRepereDatabase(), slot);
}
