import { fetchRelease } from '@/utils/adapters/network/fetch-release';
import { EMPTY_SYNC_STATE } from '@/utils/adapters/storage/dataset-status';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';
import type { SyncState } from '@/utils/dataset/dataset-status';
import { asReleaseError, ReleaseError, type LocalizedMessage } from '@/utils/dataset/release-error';
import { mayBeUnsigned } from '@/utils/dataset/release-url';
import { nextCheckDelay } from '@/utils/dataset/sync-schedule';
import { MAX_RELEASE_BYTES } from '@/utils/dataset/verify-release';
import type { Settings } from '@/utils/settings/settings';
import type { DatasetService } from '../dataset-service';
import type { ReleaseChecker } from '../release-checker/release-checker';

export type CheckReason = 'startup' | 'schedule' | 'online' | 'user';

export interface ReleaseSyncOptions {
  db: RepereDatabase;
  dataset: DatasetService;
  checker: ReleaseChecker;
  loadSettings: () => Promise<Settings>;
  /** Release keys trusted by this build (the release channel file). */
  builtInKeys: readonly string[];
  /** Arms the one alarm that triggers the next scheduled check (null: none). */
  scheduleNextCheck: (at: Date | null) => Promise<void>;
  now?: () => Date;
  random?: () => number;
  timeoutMs?: number;
}

/** A successful change, as the status tells it, with how long verifying and installing took. */
type Success = { message: LocalizedMessage; timings?: { checkMs: number; applyMs: number }; validators?: Partial<SyncState> };

const UP_TO_DATE = { fr: 'Le jeu de données est à jour.', en: 'The dataset is up to date.' };

/**
 * Checks the update address and applies what it serves, following the steps
 * of DESIGN.md: one conditional request (a 304 or an error ends the check
 * there), the checker worker verifies the downloaded file, one transaction
 * installs it. Checks and the user's changes (import, rollback, reset) run
 * one at a time, and each outcome is written to the sync state the popup and
 * options show: a success clears the last failure, a failure changes nothing
 * else and brings the next check closer (backoff).
 */
export class ReleaseSync {
  private running: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: ReleaseSyncOptions) {
    this.now = options.now ?? (() => new Date());
  }

  checkNow({ reason }: { reason: CheckReason }): Promise<void> {
    return this.queued(() => this.check(reason));
  }

  /** A user's change: its success or failure is recorded like a check's, and a failure is thrown back to them. */
  userChange(change: () => Promise<Success>): Promise<void> {
    return this.queued(() => this.record(change, { rethrow: true }));
  }

  /** A release file the user picked in the options page: a signature is not required, but one given must be valid. */
  importFromFile({ text, signatureFile }: { text: string; signatureFile?: string }): Promise<void> {
    return this.userChange(async () => {
      const installed = await this.verifyAndInstall(new Blob([text], { type: 'application/json' }), signatureFile, { requireSignature: false, origin: 'file' });
      // The installed release itself is not newer: refused like any other.
      if (!installed) throw new ReleaseError('not-newer');
      return { ...installed, message: { fr: `Version ${installed.version} importée.`, en: `Version ${installed.version} imported.` } };
    });
  }

  /** At start-up: a check still marked as running was stopped midway; the install is one transaction, so the dataset is intact. */
  async recoverInterruptedCheck(): Promise<void> {
    if ((await this.state()).inProgressSince) await this.record(async () => Promise.reject(new ReleaseError('interrupted')), { rethrow: false });
  }

  /** Re-arms the alarm from the current state and settings (after a settings change or a check). */
  async reschedule(): Promise<void> {
    const settings = await this.options.loadSettings();
    const { nextCheckAt: _old, ...state } = await this.state();
    if (!settings.autoUpdate || !settings.updateUrl.trim()) {
      await this.options.scheduleNextCheck(null);
      return this.save(state);
    }
    const random = (this.options.random ?? Math.random)();
    const at = new Date(this.now().getTime() + nextCheckDelay({ consecutiveFailures: state.consecutiveFailures, intervalHours: settings.updateIntervalHours, random }));
    await this.options.scheduleNextCheck(at);
    await this.save({ ...state, nextCheckAt: at.toISOString() });
  }

  private queued(run: () => Promise<void>): Promise<void> {
    const next = this.running.then(run);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async check(reason: CheckReason): Promise<void> {
    const settings = await this.options.loadSettings();
    if (reason !== 'user' && !settings.autoUpdate) return this.options.scheduleNextCheck(null);
    const url = settings.updateUrl.trim();
    const at = this.now().toISOString();
    const state = await this.state();
    if (!url) {
      // Not a failure (nothing to back off from), but whoever asked is told, with a link to the field.
      const { code, userMessage: message } = new ReleaseError('no-url');
      await this.save({ ...state, lastCheckAt: at, lastOutcome: { at, code, message } });
      if (reason === 'user') throw new ReleaseError('no-url');
      return;
    }
    await this.save({ ...state, inProgressSince: at, lastCheckAt: at });
    try {
      await this.record(async () => {
        const { etag, lastModified } = state.validatorsUrl === url ? state : {};
        const fetched = await fetchRelease({ url, validators: { etag, lastModified }, timeoutMs: this.options.timeoutMs ?? 30_000, maxBytes: MAX_RELEASE_BYTES });
        if (fetched.status === 'not-modified') return { message: UP_TO_DATE };
        // Validators belong to the response they came with: all replaced.
        const validators = { validatorsUrl: url, etag: fetched.validators.etag, lastModified: fetched.validators.lastModified };
        const requireSignature = !mayBeUnsigned(settings.allowUnsignedFor, [url, fetched.finalUrl]);
        const installed = await this.verifyAndInstall(fetched.file, fetched.signatureFile, { requireSignature, origin: 'remote', originUrl: url });
        if (!installed) return { message: UP_TO_DATE, validators };
        return { ...installed, validators, message: { fr: `Version ${installed.version} installée.`, en: `Version ${installed.version} installed.` } };
      }, { rethrow: reason === 'user' });
    } finally {
      await this.reschedule();
    }
  }

  /** The checker verifies `file`; a newer release is installed. Null: it is the release installed. */
  private async verifyAndInstall(
    file: Blob,
    signatureFile: string | undefined,
    { requireSignature, origin, originUrl }: { requireSignature: boolean; origin: 'remote' | 'file'; originUrl?: string },
  ): Promise<(Omit<Success, 'message'> & { version: string }) | null> {
    const { trustedKeys } = await this.options.loadSettings();
    const installed = await this.options.dataset.installedRelease();
    const checkStarted = performance.now();
    const checked = await this.options.checker.check({
      file,
      ...(signatureFile !== undefined ? { signatureFile } : {}),
      trustedKeys: [...this.options.builtInKeys, ...trustedKeys],
      requireSignature,
      ...(installed ? { newerThan: { version: installed.version, hash: installed.hash }, diffAgainst: installed.file } : {}),
    });
    if (checked.status === 'unchanged') return null;
    const applyStarted = performance.now();
    await this.options.dataset.install({ checked, file, origin, ...(originUrl ? { originUrl } : {}) });
    return { version: checked.head.version, timings: { checkMs: applyStarted - checkStarted, applyMs: performance.now() - applyStarted } };
  }

  /** Runs `change` and writes its outcome; a failure counts towards the backoff. */
  private async record(change: () => Promise<Success>, { rethrow }: { rethrow: boolean }): Promise<void> {
    let outcome: Success | ReleaseError;
    try {
      outcome = await change();
    } catch (error) {
      if (!(error instanceof ReleaseError)) console.error('[Repère] update failed', error);
      outcome = asReleaseError(error);
    }
    const at = this.now().toISOString();
    const { inProgressSince: _done, lastFailure: _cleared, ...state } = await this.state();
    if (outcome instanceof ReleaseError) {
      const { code, userMessage: message, detail } = outcome;
      const failure = { at, code, message, ...(detail !== undefined ? { detail } : {}) };
      await this.save({ ...state, consecutiveFailures: state.consecutiveFailures + 1, lastFailure: failure, lastOutcome: failure });
      if (rethrow) throw outcome;
      return;
    }
    // A success clears the last failure (dropped above).
    const { message, timings, validators } = outcome;
    const success = { at, code: 'ok', message, ...(timings ? { timings } : {}) };
    await this.save({ ...state, ...validators, consecutiveFailures: 0, lastSuccessAt: at, lastOutcome: success });
  }

  private async state(): Promise<SyncState> {
    return (await this.options.db.syncState.get('sync')) ?? EMPTY_SYNC_STATE;
  }

  private async save(state: SyncState): Promise<void> {
    await this.options.db.syncState.put(state);
  }
}
