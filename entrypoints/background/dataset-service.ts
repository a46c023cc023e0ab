import { checkRelease, type CheckResult } from '@/utils/dataset/check-release';
import { compareVersions } from '@/utils/dataset/compare-versions';
import type { ReleaseOrigin } from '@/utils/dataset/dataset-status';
import { readTermDetails, unpackLookupView, type LookupFiles, type LookupView } from '@/utils/dataset/lookup-view';
import type { TermDetails } from '@/utils/dataset/term-details';
import type { MarkerIndex } from '@/utils/dataset/term-index';
import type { PagePrefilter } from '@/utils/matcher/prefilter';
import { readInstalledFile } from '@/utils/adapters/storage/read-installed-release';
import { installRelease, resetToBundledRelease, rollbackRelease } from '@/utils/adapters/storage/release-slots';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';

/** The installed release as lookups use it: its lookup view, and its file's text once a card needs it. */
interface Installed<View> {
  version: string;
  hash: string;
  lookups: View;
  file: Blob;
  text?: Promise<string>;
}

export type VerifiedCheck = Extract<CheckResult, { status: 'verified' }>;

export interface DatasetServiceOptions {
  db: RepereDatabase;
  /** The bundled release file's bytes (from the extension package). */
  loadBundled: () => Promise<Uint8Array>;
  /** This extension's version: a new one may ship a new bundled dataset. */
  extensionVersion?: string;
  /** Called after the installed dataset changed, so open tabs can rescan. */
  onChanged?: (hash: string) => void | Promise<void>;
  now?: () => Date;
}

/**
 * The background's view of the installed dataset. Lookups are answered from
 * the lookup view stored with the release (index, page prefilter, where each
 * card's data lies in the file), read once per wake, never by parsing the
 * whole release; it is swapped only after a change has been committed to
 * IndexedDB, so a lookup never sees half of one.
 */
export class DatasetService {
  private loaded: Promise<Installed<LookupView>> | null = null;
  private installing: Promise<void> | null = null;
  private readonly db: RepereDatabase;
  private readonly now: () => Date;

  constructor(private readonly options: DatasetServiceOptions) {
    this.db = options.db;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Installs the bundled dataset on first run and after an extension update
   * (a newer bundle wins over an older synced release; an older one is kept
   * for "back to bundled"). Otherwise a cheap no-op: two small rows read.
   */
  ensureInstalled({ force = false }: { force?: boolean } = {}): Promise<void> {
    this.installing ??= this.installBundled(force).finally(() => (this.installing = null));
    return this.installing;
  }

  private async installBundled(force: boolean): Promise<void> {
    const { extensionVersion } = this.options;
    const [current, bundledRow] = await Promise.all([this.installedRelease(), this.db.releases.get('bundled')]);
    if (!force && current && bundledRow?.extensionVersion === extensionVersion) return;
    // The bundled file ships inside the signed extension package and is small: checked here, without a worker.
    const bytes = await this.options.loadBundled();
    const checked = await checkRelease({ bytes, trustedKeys: [], requireSignature: false, ...(current ? { diffAgainst: await current.file.text() } : {}) });
    if (checked.status !== 'verified') return;
    const newer = !current || compareVersions(checked.head.version, current.version) > 0;
    const file = new Blob([new Uint8Array(bytes)], { type: 'application/json' });
    await this.install({ checked, file, origin: 'bundled', current: newer, ...(extensionVersion ? { extensionVersion } : {}) });
  }

  /** Installs a release the checker verified (`file` is the one it checked); `current: false` keeps a bundled one aside. */
  async install(options: { checked: VerifiedCheck; file: Blob; origin: ReleaseOrigin; originUrl?: string; extensionVersion?: string; current?: boolean }): Promise<void> {
    const { checked: { head, lookups, changes }, file, current = true, ...where } = options;
    await installRelease(this.db, { ...where, current, release: { head, file, lookups }, now: this.now(), ...(changes ? { changes } : {}) });
    if (current) this.swapIn({ version: head.version, hash: head.hash, lookups, file });
  }

  /** The release kept as `previous` becomes current and current previous: a swap of rows. */
  async rollback(): Promise<void> {
    await rollbackRelease(this.db);
    this.swapIn(await this.readCurrent());
  }

  async resetToBundled(): Promise<void> {
    await resetToBundledRelease(this.db, this.now());
    this.swapIn(await this.readCurrent());
  }

  /** The installed release (for the version rule) and its file (for "what changed"); null before the first install. */
  async installedRelease(): Promise<Installed<LookupFiles> | null> {
    const installed = await readInstalledFile(this.db, 'current');
    return installed && { version: installed.release.version, hash: installed.release.hash, lookups: installed.file.lookups, file: installed.file.file };
  }

  async termIndex(): Promise<MarkerIndex> {
    return (await this.dataset()).lookups.index;
  }

  /** The installed dataset's hash and the native test every page's bootstrap runs (see buildPagePrefilter). */
  async pageIndex(): Promise<{ hash: string; prefilter: PagePrefilter }> {
    const { lookups } = await this.dataset();
    return { hash: lookups.index.hash, prefilter: lookups.prefilter };
  }

  async termDetails(ids: readonly string[]): Promise<{ version: string; details: TermDetails[] }> {
    const dataset = await this.dataset();
    const plans = ids.flatMap((id) => dataset.lookups.details[id] ?? []);
    // The file's text is read at the first card after a wake; only the records a card shows are parsed.
    const text = plans.length > 0 ? await (dataset.text ??= dataset.file.text()) : '';
    return { version: dataset.version, details: plans.map((plan) => readTermDetails(text, plan)) };
  }

  /** After a committed change: lookups get the new view once read; open tabs are told without waiting (their rescan is theirs). */
  private swapIn({ lookups, ...release }: Installed<LookupFiles>): void {
    const loaded = unpackLookupView(lookups).then((view) => ({ ...release, lookups: view }));
    this.loaded = loaded;
    void loaded.then(() => this.options.onChanged?.(release.hash)).catch((error: unknown) => console.error('[Repère] could not tell open tabs', error));
  }

  private dataset(): Promise<Installed<LookupView>> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async load(): Promise<Installed<LookupView>> {
    // A worker woken by a message before onInstalled finished installs the bundled dataset first.
    if (!(await this.db.releases.get('current'))) await this.ensureInstalled();
    const { lookups, ...release } = await this.readCurrent();
    return { ...release, lookups: await unpackLookupView(lookups) };
  }

  private async readCurrent(): Promise<Installed<LookupFiles>> {
    const installed = await this.installedRelease();
    if (!installed) throw new Error('no dataset installed');
    return installed;
  }
}
