/**
 * The records Repère keeps about installed releases and sync, as the
 * background stores them and the popup and options pages show them. Types
 * only: the database adapter (utils/adapters/storage) stores them.
 */

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

export type InstalledReleaseInfo = Omit<InstalledRelease, 'slot'>;

/** What the popup and options pages show about the installed dataset and sync. */
export interface DatasetStatus {
  current: InstalledReleaseInfo | null;
  previous: InstalledReleaseInfo | null;
  sync: SyncState;
}
