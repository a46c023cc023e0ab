import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DatasetService } from '../../entrypoints/background/dataset-service';
import { ReleaseSync } from '../../entrypoints/background/sync/release-sync';
import { ReleaseChecker, type CheckerChannel } from '../../entrypoints/background/release-checker/release-checker';
import { RepereDatabase } from '../../utils/adapters/storage/repere-database';
import { readInstalledRelease } from '../../utils/adapters/storage/read-installed-release';
import { parseSettings, type Settings } from '../../utils/settings/settings';
import type { StaticServer } from '../../scripts/lib/static-server';
import type { Release } from '../../utils/dataset/schema';
import { openInProcessChannel } from './in-process-checker';
import { ReleaseServer } from './release-server';
import { rehash, sampleRelease } from './sample-release';
import { makeKeyPair, type TestKeyPair } from './signing';

/**
 * What the release-sync unit suites share: a release server on localhost,
 * signing keys, and a fresh database, dataset service and sync for each
 * test (the in-process checker unless a test swaps `h.checkerChannel`).
 */
export const releases = new ReleaseServer();

interface Harness {
  server: StaticServer;
  keys: TestKeyPair;
  stranger: TestKeyPair;
  /** How many checker workers were started (each check that downloads a release starts one). */
  started: number;
  checkerChannel: () => Promise<CheckerChannel>;
  db: RepereDatabase;
  dataset: DatasetService;
  sync: ReleaseSync;
  settings: Settings;
  bundled: Release;
  scheduled: (Date | null)[];
  /** The sync's clock and its jitter draw: fixed, so a delay is checked to the millisecond against them. */
  now: Date;
  random: number;
}

export const h = { started: 0, checkerChannel: openInProcessChannel, scheduled: [] } as unknown as Harness;
let counter = 0;

async function setUp(bundledVersion = '2026.1.1'): Promise<void> {
  h.db = new RepereDatabase(`repere-test-${++counter}`);
  h.bundled = await sampleRelease(bundledVersion);
  const bundledBytes = new TextEncoder().encode(JSON.stringify(h.bundled));
  h.dataset = new DatasetService({ db: h.db, loadBundled: async () => bundledBytes });
  h.settings = parseSettings({ updateUrl: `${h.server.origin}/release.json` });
  h.scheduled = [];
  h.started = 0;
  h.now = new Date('2026-12-02T10:00:00Z');
  h.random = 0.5;
  h.sync = new ReleaseSync({
    db: h.db,
    dataset: h.dataset,
    checker: new ReleaseChecker({ openChannel: () => (h.started++, h.checkerChannel()), answerWithinMs: 5000 }),
    loadSettings: async () => h.settings,
    builtInKeys: [h.keys.publicKey],
    scheduleNextCheck: async (at) => void h.scheduled.push(at),
    timeoutMs: 1500,
    now: () => h.now,
    random: () => h.random,
  });
  await h.dataset.ensureInstalled();
}

/** Registers the shared set-up in the calling test file. */
export function useSyncHarness(): void {
  beforeAll(async () => {
    h.server = await releases.start();
    h.keys = await makeKeyPair();
    h.stranger = await makeKeyPair();
  });
  afterAll(() => h.server.close());
  beforeEach(() => {
    h.checkerChannel = openInProcessChannel;
  });
  beforeEach(() => setUp());
}

/** Everything a reader could see of the installed dataset. */
export async function snapshot() {
  const installed = await readInstalledRelease(h.db, 'current');
  const release = JSON.parse(installed!.json) as Release;
  return { current: installed!.release, terms: release.terms, milestones: release.milestones, sources: release.sources };
}

export async function newerRelease(version = '2026.2.1', change?: (release: Release) => void): Promise<string> {
  const release = await sampleRelease(version);
  release.terms[0]!.status.summary.fr = `Statut de la version ${version}`;
  change?.(release);
  return JSON.stringify(await rehash(release));
}
