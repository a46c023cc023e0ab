import { fetchRelease } from '@/utils/adapters/network/fetch-release';
import { EMPTY_SYNC_STATE } from '@/utils/adapters/storage/dataset-status';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';
import type { SyncState, UpdateFailure } from '@/utils/dataset/dataset-status';
import { asReleaseError, ReleaseError, type LocalizedMessage } from '@/utils/dataset/release-error';
import { mayBeUnsigned } from '@/utils/dataset/release-url';
import { nextCheckDelay } from '@/utils/dataset/sync-schedule';
import { MAX_RELEASE_BYTES } from '@/utils/dataset/verify-release';
import type { Settings } from '@/utils/settings/settings';
import type { DatasetService } from '../dataset-service';
import type { CheckRequest, ReleaseChecker } from '../release-checker/release-checker';

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
  maxBytes?: number;
}

/** How long verifying a release (in the checker worker) and installing it took. */
type Timings = { checkMs: number; applyMs: number };

const UP_TO_DATE = { fr: 'Le jeu de données est à jour.', en: 'The dataset is up to date.' };

/**
 * Checks the update address and applies what it serves, following the steps
 * of DESIGN.md: one conditional request (a 304 or an error ends the check
 * there), then the checker worker verifies the downloaded file, then one
 * transaction installs it. Every outcome, good or bad, is written to the sync
 * state the popup and options show; a failure changes nothing else.
 */
export class ReleaseSync {
  private running: Promise<void> = Promise.resolve();
  private readonly options: ReleaseSyncOptions;
  private readonly now: () => Date;
  private readonly random: () => number;

  constructor(options: ReleaseSyncOptions) {
    this.options = options;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  /** Runs one check, after any check already running (never two at once). */
  checkNow({ reason }: { reason: CheckReason }): Promise<void> {
    return this.queued(() => this.check(reason));
  }

  /**
   * At start-up: a check still marked as running means the worker was
   * stopped in the middle of it. The install step is one transaction, so the
   * dataset is intact; say so in the status.
   */
  async recoverInterruptedCheck(): Promise<void> {
    if ((await this.state()).inProgressSince) await this.recordFailure(new ReleaseError('interrupted'));
  }

  /** A release file the user picked in the options page. */
  importFromFile({ text, signatureFile }: { text: string; signatureFile?: string }): Promise<void> {
    return this.userChange(async () => {
      const file = new Blob([text], { type: 'application/json' });
      // Chosen by hand: a signature is not required, but one given must be valid.
      const installed = await this.verifyAndInstall({ file, ...(signatureFile !== undefined ? { signatureFile } : {}) }, { requireSignature: false, origin: 'file' });
      // The installed release itself: not newer, so refused like any other.
      if (!installed) throw new ReleaseError('not-newer');
      return { message: { fr: `Version ${installed.version} importée.`, en: `Version ${installed.version} imported.` }, timings: installed.timings };
    });
  }

  /** Rollback and reset are user changes too: a success clears the last failure, a failure is reported like any other. */
  userChange(change: () => Promise<{ message: LocalizedMessage; timings?: Timings }>): Promise<void> {
    return this.queued(async () => {
      try {
        const { message, timings } = await change();
        await this.recordSuccess(message, { ...(timings ? { timings } : {}) });
      } catch (error) {
        await this.recordFailure(error);
        throw asReleaseError(error);
      }
    });
  }

  /** Re-arms the alarm from the current state and settings (after a settings change). */
  async reschedule(): Promise<void> {
    const settings = await this.options.loadSettings();
    const state = await this.state();
    if (!settings.autoUpdate || !settings.updateUrl.trim()) {
      await this.options.scheduleNextCheck(null);
      if (state.nextCheckAt) {
        const { nextCheckAt: _none, ...rest } = state;
        await this.save(rest);
      }
      return;
    }
    const delay = nextCheckDelay({ consecutiveFailures: state.consecutiveFailures, intervalHours: settings.updateIntervalHours, random: this.random() });
    const at = new Date(this.now().getTime() + delay);
    await this.options.scheduleNextCheck(at);
    await this.save({ ...state, nextCheckAt: at.toISOString() });
  }

  /** Checks and user changes run one after the other, never two at once. */
  private queued(run: () => Promise<void>): Promise<void> {
    const next = this.running.then(run);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async check(reason: CheckReason): Promise<void> {
    const settings = await this.options.loadSettings();
    if (reason !== 'user' && !settings.autoUpdate) return this.options.scheduleNextCheck(null);
    const url = settings.updateUrl.trim();
    const startedAt = this.now().toISOString();
    const state = await this.state();
    if (!url) {
      // Not a failure (nothing to back off from), but the person who asked is told so.
      const { code, userMessage } = new ReleaseError('no-url');
      await this.save({ ...state, lastCheckAt: startedAt, lastOutcome: { at: startedAt, code, message: userMessage } });
      if (reason === 'user') throw new ReleaseError('no-url');
      return;
    }
    await this.save({ ...state, inProgressSince: startedAt, lastCheckAt: startedAt });
    try {
      const sameUrl = state.validatorsUrl === url;
      const fetched = await fetchRelease({
        url,
        validators: sameUrl ? { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) } : {},
        timeoutMs: this.options.timeoutMs ?? 30_000,
        maxBytes: this.options.maxBytes ?? MAX_RELEASE_BYTES,
      });
      if (fetched.status === 'not-modified') return await this.recordSuccess(UP_TO_DATE);
      const { file, signatureFile, validators, finalUrl } = fetched;
      const installed = await this.verifyAndInstall(
        { file, ...(signatureFile !== undefined ? { signatureFile } : {}) },
        { requireSignature: !mayBeUnsigned(settings.allowUnsignedFor, [url, finalUrl]), origin: 'remote', originUrl: url },
      );
      if (!installed) return await this.recordSuccess(UP_TO_DATE, { validators: { url, ...validators } });
      const message = { fr: `Version ${installed.version} installée.`, en: `Version ${installed.version} installed.` };
      await this.recordSuccess(message, { validators: { url, ...validators }, timings: installed.timings });
    } catch (error) {
      await this.recordFailure(error);
      if (reason === 'user') throw asReleaseError(error);
    } finally {
      await this.reschedule();
    }
  }

  /** The checker verifies `file`; a newer release is installed. Null: it is the release installed. */
  private async verifyAndInstall(
    { file, signatureFile }: { file: Blob; signatureFile?: string },
    { requireSignature, origin, originUrl }: { requireSignature: boolean; origin: 'remote' | 'file'; originUrl?: string },
  ): Promise<{ version: string; timings: Timings } | null> {
    const settings = await this.options.loadSettings();
    const installed = await this.options.dataset.installedRelease();
    const request: CheckRequest = {
      file,
      ...(signatureFile !== undefined ? { signatureFile } : {}),
      trustedKeys: [...this.options.builtInKeys, ...settings.trustedKeys],
      requireSignature,
      ...(installed ? { newerThan: { version: installed.version, hash: installed.hash }, diffAgainst: installed.file } : {}),
    };
    const checkStarted = performance.now();
    const checked = await this.options.checker.check(request);
    if (checked.status === 'unchanged') return null;
    const applyStarted = performance.now();
    await this.options.dataset.install({ checked, file, origin, ...(originUrl ? { originUrl } : {}) });
    return { version: checked.head.version, timings: { checkMs: applyStarted - checkStarted, applyMs: performance.now() - applyStarted } };
  }

  /** A success clears the last failure. */
  private async recordSuccess(
    message: LocalizedMessage,
    { validators, timings }: { validators?: { url: string; etag?: string; lastModified?: string }; timings?: Timings } = {},
  ): Promise<void> {
    const at = this.now().toISOString();
    const { inProgressSince: _done, lastFailure: _cleared, ...state } = await this.state();
    const next: SyncState = { ...state, consecutiveFailures: 0, lastSuccessAt: at, lastOutcome: { at, code: 'ok', message, ...(timings ? { timings } : {}) } };
    // Validators belong to the response they came with: replace them all.
    if (validators) Object.assign(next, { validatorsUrl: validators.url, etag: validators.etag, lastModified: validators.lastModified });
    await this.save(next);
  }

  private async recordFailure(error: unknown): Promise<void> {
    if (!(error instanceof ReleaseError)) console.error('[Repère] update failed', error);
    const { code, userMessage, detail } = asReleaseError(error);
    const at = this.now().toISOString();
    const { inProgressSince: _done, ...state } = await this.state();
    const record: UpdateFailure = { at, code, message: userMessage, ...(detail !== undefined ? { detail } : {}) };
    await this.save({ ...state, consecutiveFailures: state.consecutiveFailures + 1, lastFailure: record, lastOutcome: record });
  }

  private async state(): Promise<SyncState> {
    return (await this.options.db.syncState.get('sync')) ?? EMPTY_SYNC_STATE;
  }

  private async save(state: SyncState): Promise<void> {
    await this.options.db.syncState.put(state);
  }
}
