import Dexie, { type Table } from 'dexie';

export type ReleaseOrigin = 'bundled' | 'remote' | 'file';

/**
 * Which release fills a slot: `current` (the one in use) and `previous`
 * (for "revenir à la version précédente"). Small on purpose: the status
 * shown in the popup and options reads these rows often.
 */
export interface InstalledRelease {
  slot: 'current' | 'previous';
  version: string;
  /** Names the `releaseTexts` row holding this release. */
  hash: string;
  publishedAt: string;
  origin: ReleaseOrigin;
  originUrl?: string;
  installedAt: string;
}

/**
 * A piece of a release's JSON text, as it arrived (what its signature
 * covers, what "export" saves). A text is stored in pieces so that writing
 * one is many short steps, between which the background answers lookups,
 * instead of one long one.
 */
export interface ReleaseTextPiece {
  hash: string;
  /** 0, 1, 2…: the pieces joined in this order give the text. */
  piece: number;
  text: string;
}

export interface UpdateFailure {
  at: string;
  code: string;
  message: { fr: string; en: string };
}

/** What sync remembers between runs (one row, key "sync"). */
export interface SyncState {
  key: 'sync';
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lastFailure?: UpdateFailure;
  /** The last result of a check, even a successful "nothing new". */
  lastOutcome?: {
    at: string;
    code: string;
    message: { fr: string; en: string };
    /**
     * For an installed release: how long checking it (download and
     * verification) and writing it took, and whether the check ran in the
     * release checker worker (see ReleaseChecker).
     */
    timings?: { checkMs: number; applyMs: number; checkedOffThread: boolean };
  };
  etag?: string;
  lastModified?: string;
  /** The URL the validators above belong to. */
  validatorsUrl?: string;
  consecutiveFailures: number;
  nextCheckAt?: string;
  /** Set while a check runs; still set at start-up means the worker died mid-update. */
  inProgressSince?: string;
}

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
