import { MAX_RELEASE_BYTES } from '@/utils/dataset/verify-release';
import { ReleaseError } from '@/utils/dataset/release-error';
import { nextCheckDelay } from '@/utils/dataset/sync-schedule';
import { EMPTY_SYNC_STATE } from '@/utils/adapters/storage/dataset-status';
import type { SyncState } from '@/utils/dataset/dataset-status';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';
import { TimeSlicer } from '@/utils/scheduling/time-slicer';
import type { Settings } from '@/utils/settings/settings';
import { encodeUtf8InSlices } from '@/utils/text/utf8-in-slices';
import type { DatasetService } from '../dataset-service';

export type CheckReason = 'startup' | 'schedule' | 'online' | 'user';

export interface ReleaseSyncOptions {
  db: RepereDatabase;
  dataset: DatasetService;
  loadSettings: () => Promise<Settings>;
  /** Release keys trusted by this build (see data/trusted-release-keys.json). */
  builtInKeys: readonly string[];
  /** Arms the one alarm that triggers the next scheduled check (null: none). */
  scheduleNextCheck: (at: Date | null) => Promise<void>;
  now?: () => Date;
  random?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
}

const NO_URL = {
  fr: "Aucune adresse de mise à jour n'est configurée (voir les options).",
  en: 'No update address is configured (see the options).',
};
const UP_TO_DATE = { fr: 'Le jeu de données est à jour.', en: 'The dataset is up to date.' };

/**
 * Checks a release URL and applies what it serves, following the steps of
 * DESIGN.md: fetch (time and size limits, conditional request), verify
 * (signature, schema, hash, newer), apply (one transaction). Every outcome,
 * good or bad, is written to the sync state the popup and options show; a
 * failure changes nothing else.
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
    const run = this.running.then(() => this.check(reason));
    this.running = run.catch(() => undefined);
    return run;
  }

  /**
   * At start-up: a check still marked as running means the worker was
   * stopped in the middle of it. The install step is one transaction, so the
   * dataset is intact; say so in the status.
   */
  async recoverInterruptedCheck(): Promise<void> {
    const state = await this.state();
    if (!state.inProgressSince) return;
    const { inProgressSince: _interrupted, ...rest } = state;
    const failure = new ReleaseError('interrupted');
    await this.save({
      ...rest,
      consecutiveFailures: rest.consecutiveFailures + 1,
      lastFailure: { at: this.now().toISOString(), code: failure.code, message: failure.userMessage },
      lastOutcome: { at: this.now().toISOString(), code: failure.code, message: failure.userMessage },
    });
  }

  /** A release file the user picked in the options page. */
  async importFromFile({ text, signatureFile }: { text: string; signatureFile?: string }): Promise<void> {
    const settings = await this.options.loadSettings();
    const installed = await this.options.dataset.installedRelease();
    try {
      const checkStarted = performance.now();
      const bytes = await encodeUtf8InSlices(text, new TimeSlicer());
      const checked = await this.options.dataset.check({
        input: { kind: 'bytes', bytes, ...(signatureFile !== undefined ? { signatureFile } : {}) },
        trustedKeys: [...this.options.builtInKeys, ...settings.trustedKeys],
        // The user chose this file by hand; a signature, if given, must still be valid.
        requireSignature: false,
        ...(installed ? { installed } : {}),
      });
      // The installed release itself: not newer, so refused like any other.
      if (checked.status !== 'verified') throw new ReleaseError('not-newer', `${installed?.version} ≤ ${installed?.version}`);
      const applyStarted = performance.now();
      await this.options.dataset.apply({ release: checked.release, textPieces: checked.textPieces, origin: 'file' });
      await this.recordSuccess({
        message: { fr: `Version ${checked.release.version} importée.`, en: `Version ${checked.release.version} imported.` },
        timings: { checkMs: applyStarted - checkStarted, applyMs: performance.now() - applyStarted, checkedOffThread: checked.offThread },
      });
    } catch (error) {
      await this.recordFailure(error);
      throw error;
    }
  }

  /** Rollback and reset are user actions too: their failures are reported like any other. */
  async recordManualChange(change: () => Promise<void>): Promise<void> {
    try {
      await change();
    } catch (error) {
      await this.recordFailure(error);
      throw error;
    }
  }

  /** Re-arms the alarm from the current state and settings (after a settings change). */
  async reschedule(): Promise<void> {
    const settings = await this.options.loadSettings();
    const state = await this.state();
    await this.scheduleFrom(settings, state);
  }

  private async check(reason: CheckReason): Promise<void> {
    const settings = await this.options.loadSettings();
    if (reason !== 'user' && !settings.autoUpdate) return this.options.scheduleNextCheck(null);
    const url = settings.updateUrl.trim();
    const startedAt = this.now().toISOString();
    if (!url) {
      const state = await this.state();
      await this.save({ ...state, lastCheckAt: startedAt, lastOutcome: { at: startedAt, code: 'no-url', message: NO_URL } });
      return;
    }
    let state = await this.state();
    state = { ...state, inProgressSince: startedAt, lastCheckAt: startedAt };
    await this.save(state);
    try {
      const sameUrl = state.validatorsUrl === url;
      const installed = await this.options.dataset.installedRelease();
      const checkStarted = performance.now();
      const checked = await this.options.dataset.check({
        input: {
          kind: 'url',
          url,
          validators: sameUrl ? { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) } : {},
          timeoutMs: this.options.timeoutMs ?? 30_000,
          maxBytes: this.options.maxBytes ?? MAX_RELEASE_BYTES,
        },
        trustedKeys: [...this.options.builtInKeys, ...settings.trustedKeys],
        requireSignature: !settings.allowUnsignedFor.includes(url),
        ...(installed ? { installed } : {}),
      });
      if (checked.status === 'not-modified') {
        await this.recordSuccess({ message: UP_TO_DATE });
        return;
      }
      // The same release as installed is not a failure: nothing to do.
      if (checked.status === 'unchanged') {
        await this.recordSuccess({ message: UP_TO_DATE, validators: { url, ...checked.validators } });
        return;
      }
      const applyStarted = performance.now();
      await this.options.dataset.apply({ release: checked.release, textPieces: checked.textPieces, origin: 'remote', originUrl: url });
      await this.recordSuccess({
        message: { fr: `Version ${checked.release.version} installée.`, en: `Version ${checked.release.version} installed.` },
        validators: { url, ...checked.validators },
        timings: { checkMs: applyStarted - checkStarted, applyMs: performance.now() - applyStarted, checkedOffThread: checked.offThread },
      });
    } catch (error) {
      await this.recordFailure(error);
      if (reason === 'user') throw error;
    } finally {
      await this.reschedule();
    }
  }

  private async recordSuccess({
    message,
    validators,
    timings,
  }: {
    message: { fr: string; en: string };
    validators?: { url: string; etag?: string; lastModified?: string };
    timings?: { checkMs: number; applyMs: number; checkedOffThread: boolean };
  }): Promise<void> {
    const at = this.now().toISOString();
    const { inProgressSince: _done, ...state } = await this.state();
    const next: SyncState = {
      ...state,
      consecutiveFailures: 0,
      lastSuccessAt: at,
      lastOutcome: { at, code: 'ok', message, ...(timings ? { timings } : {}) },
    };
    // Validators belong to the response they came with: replace them all.
    if (validators) Object.assign(next, { validatorsUrl: validators.url, etag: validators.etag, lastModified: validators.lastModified });
    await this.save(next);
  }

  private async recordFailure(error: unknown): Promise<void> {
    const failure = error instanceof ReleaseError ? error : new ReleaseError('network', String((error as Error)?.message ?? error).slice(0, 120));
    if (!(error instanceof ReleaseError)) console.error('[Repère] update failed', error);
    const at = this.now().toISOString();
    const { inProgressSince: _done, ...state } = await this.state();
    const record = { at, code: failure.code, message: failure.userMessage };
    await this.save({ ...state, consecutiveFailures: state.consecutiveFailures + 1, lastFailure: record, lastOutcome: record });
  }

  private async scheduleFrom(settings: Settings, state: SyncState): Promise<void> {
    if (!settings.autoUpdate || !settings.updateUrl.trim()) {
      await this.options.scheduleNextCheck(null);
      if (state.nextCheckAt) {
        const { nextCheckAt: _none, ...rest } = state;
        await this.save(rest);
      }
      return;
    }
    const delay = nextCheckDelay({
      consecutiveFailures: state.consecutiveFailures,
      intervalHours: settings.updateIntervalHours,
      random: this.random(),
    });
    const at = new Date(this.now().getTime() + delay);
    await this.options.scheduleNextCheck(at);
    await this.save({ ...state, nextCheckAt: at.toISOString() });
  }

  private async state(): Promise<SyncState> {
    return (await this.options.db.syncState.get('sync')) ?? EMPTY_SYNC_STATE;
  }

  private async save(state: SyncState): Promise<void> {
    await this.options.db.syncState.put(state);
  }
}
