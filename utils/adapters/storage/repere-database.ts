import Dexie, { type Table } from 'dexie';
import type { InstalledRelease, ReleaseFile, ReleaseHistoryEntry, SyncState } from '../../dataset/dataset-status';

/**
 * Repère's IndexedDB database, in the extension's origin. The background
 * writes it; the popup and options pages read it (liveQuery, through
 * storage-reads), so a change shows in an open popup at once.
 *
 * A release is stored as its file (a Blob of the bytes as they arrived,
 * which is what its signature covers and what "export" saves) beside its
 * lookup view (see LookupView), one row per release; the `releases` rows
 * say which file is current, previous and bundled. Installing writes one
 * file row and swaps slot rows; rollback and reset only swap slot rows.
 * Writing a Blob costs the transaction next to nothing, where a text of
 * megabytes is copied through it.
 *
 * Migrations: add a `this.version(n + 1).stores({...}).upgrade(...)` below the
 * last one; never edit a released version.
 */
export class RepereDatabase extends Dexie {
  releases!: Table<InstalledRelease, InstalledRelease['slot']>;
  releaseFiles!: Table<ReleaseFile, string>;
  history!: Table<ReleaseHistoryEntry, number>;
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
    this.version(2).stores({ terms: null, milestones: null, sources: null, releaseTexts: '[hash+piece], hash' });
    // Version 3: release files with their lookup views. Stored texts had no
    // lookup view and cannot get one here (it is computed by the checker):
    // the slots are emptied, the background installs the bundled release
    // again on its next start, and the validators are dropped so the next
    // check downloads the synced release again.
    this.version(3)
      .stores({ releaseTexts: null, releaseFiles: '&hash', history: '++seq' })
      .upgrade(async (transaction) => {
        await transaction.table('releases').clear();
        const sync = transaction.table<SyncState, string>('syncState');
        const state = await sync.get('sync');
        if (state) {
          const { etag: _etag, lastModified: _lastModified, validatorsUrl: _url, ...rest } = state;
          await sync.put(rest);
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
