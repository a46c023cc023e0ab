import { compareVersions } from '@/utils/dataset/compare-versions';
import { ReleaseError } from '@/utils/dataset/release-error';
import type { Release } from '@/utils/dataset/schema';
import { buildTermDetails, type TermDetails } from '@/utils/dataset/term-details';
import { buildMarkerIndex, type MarkerIndex } from '@/utils/dataset/term-index';
import { buildPagePrefilter, type PagePrefilter } from '@/utils/matcher/prefilter';
import { verifyRelease } from '@/utils/dataset/verify-release';
import { installRelease } from '@/utils/adapters/storage/install-release';
import { splitReleaseText } from '@/utils/dataset/split-release-text';
import { readInstalledRelease } from '@/utils/adapters/storage/read-installed-release';
import type { ReleaseOrigin } from '@/utils/dataset/dataset-status';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';
import { TimeSlicer } from '@/utils/scheduling/time-slicer';
import { encodeUtf8InSlices } from '@/utils/text/utf8-in-slices';
import type { CheckRequest } from '@/utils/adapters/network/check-release';
import { ReleaseChecker, type CheckOutcome } from './release-checker/release-checker';

interface LoadedDataset {
  release: Release;
  index: MarkerIndex;
  prefilter: PagePrefilter;
  details: Map<string, TermDetails | null>;
}

export interface DatasetServiceOptions {
  db: RepereDatabase;
  /** The bundled release file's bytes (from the extension package). */
  loadBundled: () => Promise<Uint8Array>;
  /** Called after a new dataset is installed, so open tabs can rescan. */
  onChanged?: (release: Release) => void | Promise<void>;
  /** Where releases are checked; by default here, in slices. */
  checker?: ReleaseChecker;
  now?: () => Date;
}

/**
 * The background's view of the installed dataset. Lookups are answered from
 * an immutable in-memory copy that is swapped only after a new release has
 * been committed to IndexedDB, so a lookup never waits for an update and
 * never sees half of one.
 */
export class DatasetService {
  private loaded: Promise<LoadedDataset> | null = null;
  private installing: Promise<void> | null = null;
  private readonly db: RepereDatabase;
  private readonly options: DatasetServiceOptions;
  private readonly now: () => Date;
  private readonly checker: ReleaseChecker;

  constructor(options: DatasetServiceOptions) {
    this.options = options;
    this.db = options.db;
    this.now = options.now ?? (() => new Date());
    this.checker = options.checker ?? new ReleaseChecker({ openChannel: null });
  }

  /** Downloads (for a URL) and verifies a release from elsewhere, before `apply`. */
  check(request: CheckRequest): Promise<CheckOutcome> {
    return this.checker.check(request);
  }

  /**
   * Installs the bundled dataset on first run, and again after an extension
   * update when the bundled one is newer than what is installed (a newer
   * bundle wins over an older synced release).
   */
  ensureInstalled(): Promise<void> {
    this.installing ??= this.installBundledIfNewer().finally(() => {
      this.installing = null;
    });
    return this.installing;
  }

  private async installBundledIfNewer(): Promise<void> {
    const current = await this.db.releases.get('current');
    const bundled = await this.verifyBundled();
    if (current && compareVersions(bundled.release.version, current.version) <= 0) return;
    await this.apply({ ...bundled, origin: 'bundled' });
  }

  /** The bundled file is small and known: checked here, without starting a worker. */
  private async verifyBundled(): Promise<{ release: Release; textPieces: string[] }> {
    const { release, json } = await verifyRelease(await this.options.loadBundled(), {
      trustedKeys: [],
      // The bundled file ships inside the signed extension package.
      requireSignature: false,
    });
    return { release, textPieces: splitReleaseText(json) };
  }

  async apply({
    release,
    textPieces,
    origin,
    originUrl,
  }: {
    release: Release;
    textPieces: readonly string[];
    origin: ReleaseOrigin;
    originUrl?: string;
  }): Promise<void> {
    await installRelease(this.db, { release, textPieces, origin, ...(originUrl ? { originUrl } : {}), now: this.now() });
    this.loaded = Promise.resolve(this.prepare(release));
    await this.options.onChanged?.(release);
  }

  /** Reinstalls the release kept as `previous` (it becomes current; current becomes previous). */
  async rollback(): Promise<void> {
    const previous = await readInstalledRelease(this.db, 'previous');
    if (!previous) throw new ReleaseError('no-previous');
    const bytes = await encodeUtf8InSlices(previous.json, new TimeSlicer());
    const checked = await this.check({ input: { kind: 'bytes', bytes }, trustedKeys: [], requireSignature: false });
    // With no installed release given, a check that passes is always "verified".
    if (checked.status !== 'verified') throw new Error(`unexpected check result: ${checked.status}`);
    const { origin, originUrl } = previous.release;
    await this.apply({ release: checked.release, textPieces: checked.textPieces, origin, ...(originUrl ? { originUrl } : {}) });
  }

  async resetToBundled(): Promise<void> {
    await this.apply({ ...(await this.verifyBundled()), origin: 'bundled' });
  }

  async installedRelease(): Promise<{ version: string; hash: string } | undefined> {
    const current = await this.db.releases.get('current');
    return current && { version: current.version, hash: current.hash };
  }

  async termIndex(): Promise<MarkerIndex> {
    return (await this.dataset()).index;
  }

  /** The installed dataset's hash and the native test every page's bootstrap runs (see buildPrefilter). */
  async pageIndex(): Promise<{ hash: string; prefilter: PagePrefilter }> {
    const { index, prefilter } = await this.dataset();
    return { hash: index.hash, prefilter };
  }

  async termDetails(ids: readonly string[]): Promise<{ version: string; details: TermDetails[] }> {
    const dataset = await this.dataset();
    const details: TermDetails[] = [];
    for (const id of ids) {
      if (!dataset.details.has(id)) dataset.details.set(id, buildTermDetails(dataset.release, id));
      const found = dataset.details.get(id);
      if (found) details.push(found);
    }
    return { version: dataset.release.version, details };
  }

  private dataset(): Promise<LoadedDataset> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async load(): Promise<LoadedDataset> {
    let current = await readInstalledRelease(this.db, 'current');
    if (!current) {
      // A worker woken by a message before onInstalled finished.
      await this.ensureInstalled();
      current = await readInstalledRelease(this.db, 'current');
    }
    if (!current) throw new Error('no dataset installed');
    return this.prepare(JSON.parse(current.json) as Release);
  }

  /** Built once per installed release: every page's bootstrap and marker use these as they are. */
  private prepare(release: Release): LoadedDataset {
    const index = buildMarkerIndex(release);
    return { release, index, prefilter: buildPagePrefilter(index.matcher.aliases), details: new Map() };
  }
}
