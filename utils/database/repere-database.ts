import Dexie, { type Table } from 'dexie';
import type { Milestone, Source, Term } from '../dataset/schema';

export type ReleaseOrigin = 'bundled' | 'remote' | 'file';

/**
 * An installed release, kept whole as the JSON text it arrived as: the
 * `current` one (also spread into the query tables) and the `previous` one,
 * for "revenir à la version précédente".
 */
export interface InstalledRelease {
  slot: 'current' | 'previous';
  version: string;
  hash: string;
  publishedAt: string;
  origin: ReleaseOrigin;
  originUrl?: string;
  installedAt: string;
  json: string;
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
    /** For an installed release: how long verifying and writing it took. */
    timings?: { verifyMs: number; applyMs: number };
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
 * Migrations: add a `this.version(n + 1).stores({...}).upgrade(...)` below the
 * last one; never edit a released version.
 */
export class RepereDatabase extends Dexie {
  terms!: Table<Term, string>;
  milestones!: Table<Milestone, string>;
  sources!: Table<Source, string>;
  releases!: Table<InstalledRelease, InstalledRelease['slot']>;
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
  }
}

let shared: RepereDatabase | undefined;

/** The one database instance of this extension context. */
export function openRepereDatabase(): RepereDatabase {
  shared ??= new RepereDatabase();
  return shared;
}
