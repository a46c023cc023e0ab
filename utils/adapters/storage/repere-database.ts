import Dexie, { type Table } from 'dexie';
import type { InstalledRelease, ReleaseTextPiece, SyncState } from '../../dataset/dataset-status';

/**
 * Repère's IndexedDB database, in the extension's origin. The background
 * writes it; the popup and options pages read it directly (liveQuery), so a
 * change shows in an open popup at once.
 *
 * A release is stored as its text (in a few pieces), not spread over a row
 * per term, milestone and source: installing one is then a transaction of a
 * dozen writes that swaps which text is current (about 100 ms for a 2 MB
 * release, where writing 4,000 rows took seconds and held the worker's
 * thread), and every reader gets the whole of one version by construction.
 * Every reader needs the whole dataset anyway (the matcher, the timeline),
 * never a query over part of it.
 *
 * Migrations: add a `this.version(n + 1).stores({...}).upgrade(...)` below the
 * last one; never edit a released version.
 */
export class RepereDatabase extends Dexie {
  releases!: Table<InstalledRelease, InstalledRelease['slot']>;
  releaseTexts!: Table<ReleaseTextPiece, [string, number]>;
  syncState!: Table<SyncState, SyncState['key']>;

  constructor(name = 'repere') {
    super(name);
    this.version(1).stores({
      terms: '&id, category',
      milestones: '&id, date, *terms',
      sources: '&id',
      releases: '&slot',
      syncState: '&key',
    });
    // Version 2: releases as whole texts; the per-record tables go.
    this.version(2)
      .stores({ terms: null, milestones: null, sources: null, releaseTexts: '[hash+piece], hash' })
      .upgrade(async (transaction) => {
        const slots = transaction.table<InstalledRelease & { json?: string }, InstalledRelease['slot']>('releases');
        const texts = transaction.table<ReleaseTextPiece, [string, number]>('releaseTexts');
        for (const { json, ...release } of await slots.toArray()) {
          if (json !== undefined) await texts.put({ hash: release.hash, piece: 0, text: json });
          await slots.put(release);
        }
      });
  }
}

let shared: RepereDatabase | undefined;

/** The one database instance of this extension context. */
export function openRepereDatabase(): RepereDatabase {
  shared ??= new RepereDatabase();
  return shared;
}
