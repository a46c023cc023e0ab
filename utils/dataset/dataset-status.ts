/**
 * The records Repère keeps about installed releases and sync, as the
 * background stores them and the popup and options pages show them. Types
 * only: the database adapter (utils/adapters/storage) stores them.
 */
import type { LookupFiles } from './lookup-view';
import type { ReleaseChanges } from './release-changes';

export type ReleaseOrigin = 'bundled' | 'remote' | 'file';

type Localized = { fr: string; en: string };

/**
 * Which release fills a slot: `current` (the one in use), `previous` (for
 * "revenir à la version précédente") and `bundled` (the one this extension
 * version ships, for "revenir au jeu de données intégré"). Rollback and
 * reset swap these rows; the files they name stay stored.
 */
export interface InstalledRelease {
  slot: 'current' | 'previous' | 'bundled';
  version: string;
  /** Names the `releaseFiles` row holding this release. */
  hash: string;
  publishedAt: string;
  origin: ReleaseOrigin;
  originUrl?: string;
  installedAt: string;
  /** On the `bundled` row: the extension version that shipped it (a new one means check the bundle again). */
  extensionVersion?: string;
}

/** A verified release file as it arrived (what its signature covers, what "export" saves), and its lookup view. */
export interface ReleaseFile {
  hash: string;
  file: Blob;
  lookups: LookupFiles;
}

/** One install, for the options page's history and the popup's "what changed" notice. */
export interface ReleaseHistoryEntry {
  /** Increasing with each install. */
  seq?: number;
  version: string;
  publishedAt: string;
  installedAt: string;
  origin: ReleaseOrigin;
  notes?: Localized;
  /** Against the release it replaced (none for the first install). */
  changes?: ReleaseChanges;
  /** The popup has shown this install's changes once. */
  seen: boolean;
}

export interface UpdateFailure {
  at: string;
  code: string;
  message: Localized;
  /** Technical detail (an HTTP status, a schema path), shown behind "détails". */
  detail?: string;
}

/** What sync remembers between runs (one row, key "sync"). */
export interface SyncState {
  key: 'sync';
  lastCheckAt?: string;
  lastSuccessAt?: string;
  /** The last failure; a later success clears it. */
  lastFailure?: UpdateFailure;
  /** The last result of a check or a change (rollback, reset, import), even a successful "nothing new". */
  lastOutcome?: UpdateFailure & {
    /** For an installed release: how long verifying it (in the checker worker) and writing it took. */
    timings?: { checkMs: number; applyMs: number };
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

export type InstalledReleaseInfo = Omit<InstalledRelease, 'slot'>;

/** What the popup and options pages show about the installed dataset and sync. */
export interface DatasetStatus {
  current: InstalledReleaseInfo | null;
  previous: InstalledReleaseInfo | null;
  sync: SyncState;
  /** The last installs, newest first. */
  history: ReleaseHistoryEntry[];
}
