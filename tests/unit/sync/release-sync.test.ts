import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatasetService } from '../../../entrypoints/background/dataset-service';
import { ReleaseSync } from '../../../entrypoints/background/sync/release-sync';
import { ReleaseChecker, type CheckerChannel } from '../../../entrypoints/background/release-checker/release-checker';
import { RepereDatabase } from '../../../utils/adapters/storage/repere-database';
import { readDatasetStatus } from '../../../utils/adapters/storage/dataset-status';
import { readInstalledRelease } from '../../../utils/adapters/storage/read-installed-release';
import { parseSettings, type Settings } from '../../../utils/settings/settings';
import type { StaticServer } from '../../../scripts/lib/static-server';
import type { Release } from '../../../utils/dataset/schema';
import { openInProcessChannel } from '../../support/in-process-checker';
import { ReleaseServer } from '../../support/release-server';
import { rehash, sampleRelease } from '../../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../../support/signing';

const releases = new ReleaseServer();
let server: StaticServer;
let keys: TestKeyPair;
let stranger: TestKeyPair;
beforeAll(async () => {
  server = await releases.start();
  keys = await makeKeyPair();
  stranger = await makeKeyPair();
});
afterAll(() => server.close());

let counter = 0;
let checkerChannel: (() => Promise<CheckerChannel>) | null = null;
let db: RepereDatabase;
let dataset: DatasetService;
let sync: ReleaseSync;
let settings: Settings;
let bundled: Release;
let scheduled: (Date | null)[];

async function setUp(bundledVersion = '2026.1.1') {
  db = new RepereDatabase(`repere-test-${++counter}`);
  bundled = await sampleRelease(bundledVersion);
  const bundledBytes = new TextEncoder().encode(JSON.stringify(bundled));
  dataset = new DatasetService({ db, loadBundled: async () => bundledBytes, checker: new ReleaseChecker({ openChannel: checkerChannel }) });
  settings = parseSettings({ updateUrl: `${server.origin}/release.json` });
  scheduled = [];
  sync = new ReleaseSync({
    db,
    dataset,
    loadSettings: async () => settings,
    builtInKeys: [keys.publicKey],
    scheduleNextCheck: async (at) => void scheduled.push(at),
    timeoutMs: 1500,
    random: () => 0.5,
  });
  await dataset.ensureInstalled();
}

/** Everything a reader could see of the installed dataset. */
async function snapshot() {
  const installed = await readInstalledRelease(db, 'current');
  const release = JSON.parse(installed!.json) as Release;
  return { current: installed!.release, terms: release.terms, milestones: release.milestones, sources: release.sources };
}

async function newerRelease(version = '2026.2.1', change?: (release: Release) => void): Promise<string> {
  const release = await sampleRelease(version);
  release.terms[0]!.status.summary.fr = `Statut de la version ${version}`;
  change?.(release);
  return JSON.stringify(await rehash(release));
}

// The same tests with the checks run here, and through the checker's messages.
describe.each([
  ['in the background', null],
  ['in a release checker', openInProcessChannel],
] as const)('checks run %s', (_where, openChannel) => {
  beforeEach(() => {
    checkerChannel = openChannel;
  });
  beforeEach(() => setUp());

  describe('installing and updating the dataset', () => {
    it('installs the bundled dataset on first run, once', async () => {
      const before = await snapshot();
      expect(before.current?.version).toBe('2026.1.1');
      expect(before.current?.origin).toBe('bundled');
      expect(before.terms.map((term) => term.id).sort()).toEqual(['dmp', 'ins']);
      await dataset.ensureInstalled();
      expect((await snapshot()).current?.installedAt).toBe(before.current?.installedAt);
    });

    it('applies a newer signed release, keeps the previous one, and can roll back and reset', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys), etag: '"2"' };
      await sync.checkNow({ reason: 'user' });
      const after = await snapshot();
      expect(after.current?.version).toBe('2026.2.1');
      expect(after.current?.origin).toBe('remote');
      expect(after.terms.find((term) => term.id === 'ins')?.status.summary.fr).toBe('Statut de la version 2026.2.1');
      expect((await db.releases.get('previous'))?.version).toBe('2026.1.1');
      expect((await dataset.termDetails(['ins'])).version).toBe('2026.2.1');
      const status = await readDatasetStatus(db);
      expect(status.sync.lastOutcome?.code).toBe('ok');
      expect(status.sync.lastOutcome?.timings?.checkedOffThread).toBe(openChannel !== null);
      expect(status.sync.consecutiveFailures).toBe(0);
      expect(scheduled.at(-1)).toBeInstanceOf(Date);

      // Unchanged since: a conditional request, nothing downloaded again.
      releases.requests = [];
      await sync.checkNow({ reason: 'schedule' });
      expect(releases.requests.map((request) => request.path)).toEqual(['/release.json']);
      expect(releases.requests[0]?.headers['if-none-match']).toBe('"2"');

      await dataset.rollback();
      expect((await snapshot()).current?.version).toBe('2026.1.1');
      expect((await db.releases.get('previous'))?.version).toBe('2026.2.1');
      await dataset.resetToBundled();
      expect((await snapshot()).current?.origin).toBe('bundled');
    });

    it('lets a newer bundled dataset (an extension update) win over an older synced one, and not the reverse', async () => {
      const body = await newerRelease('2026.2.1');
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await sync.checkNow({ reason: 'user' });
      const olderBundle = new DatasetService({ db, loadBundled: async () => new TextEncoder().encode(JSON.stringify(bundled)) });
      await olderBundle.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.2.1');
      const newerBundle = await sampleRelease('2026.3.1');
      const updated = new DatasetService({ db, loadBundled: async () => new TextEncoder().encode(JSON.stringify(newerBundle)) });
      await updated.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.3.1');
      expect((await snapshot()).current?.origin).toBe('bundled');
    });
  });

  describe('a failed update changes nothing and says why', () => {
    type Case = [string, () => Promise<void>, string];
    const cases: Case[] = [
      ['404', async () => void (releases.behaviour = { kind: 'status', status: 404 }), 'http-status'],
      ['500', async () => void (releases.behaviour = { kind: 'status', status: 500 }), 'http-status'],
      ['a hanging server', async () => void (releases.behaviour = { kind: 'hang' }), 'timeout'],
      ['a connection cut mid-body', async () => void (releases.behaviour = { kind: 'cut-mid-body', body: await newerRelease() }), 'truncated'],
      ['truncated JSON', async () => {
        const body = (await newerRelease()).slice(0, 500);
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      }, 'invalid-json'],
      ['a wrong content type', async () => void (releases.behaviour = { kind: 'serve', body: await newerRelease(), contentType: 'text/html' }), 'content-type'],
      ['a schema-invalid file', async () => {
        const body = JSON.stringify({ ...JSON.parse(await newerRelease()), terms: [{ id: 'INS!' }] });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      }, 'schema'],
      ['a wrong hash', async () => {
        const body = JSON.stringify({ ...JSON.parse(await newerRelease()), hash: `sha256:${'0'.repeat(64)}` });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      }, 'hash-mismatch'],
      ['a bad signature', async () => {
        const body = await newerRelease();
        const signature = JSON.parse(await sign(body, keys));
        signature.signature = signature.signature.split('').reverse().join('');
        releases.behaviour = { kind: 'serve', body, signature: JSON.stringify(signature) };
      }, 'signature-invalid'],
      ['a signature from an untrusted key', async () => {
        const body = await newerRelease();
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, stranger) };
      }, 'signature-untrusted'],
      ['no signature', async () => void (releases.behaviour = { kind: 'serve', body: await newerRelease() }), 'signature-missing'],
      ['an older version', async () => {
        const body = await newerRelease('2025.12.1');
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      }, 'not-newer'],
      ['a 50 MB body', async () => void (releases.behaviour = { kind: 'huge', megabytes: 50 }), 'too-large'],
      ['javascript: and data: URLs in sources', async () => {
        const body = await newerRelease('2026.2.1', (release) => {
          release.sources[0]!.url = 'javascript:alert(1)';
          release.sources[1] = { ...release.sources[1]!, seed: undefined, url: 'data:text/html,x' } as never;
        });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      }, 'schema'],
    ];

    it.each(cases)('%s', async (_name, arrange, code) => {
      await arrange();
      const before = await snapshot();
      await expect(sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code });
      expect(await snapshot()).toEqual(before);
      // Lookups still work, on the old data.
      expect((await dataset.termDetails(['ins'])).version).toBe('2026.1.1');
      const status = await readDatasetStatus(db);
      expect(status.sync.lastFailure?.code).toBe(code);
      expect(status.sync.lastFailure?.message.fr.length).toBeGreaterThan(10);
      expect(status.sync.lastFailure?.message.en.length).toBeGreaterThan(10);
      expect(status.sync.consecutiveFailures).toBe(1);
      expect(status.sync.inProgressSince).toBeUndefined();
    });

    it('treats the same version, already installed, as up to date rather than a failure', async () => {
      const body = JSON.stringify(bundled);
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await sync.checkNow({ reason: 'user' });
      const status = await readDatasetStatus(db);
      expect(status.sync.lastOutcome?.code).toBe('ok');
      expect(status.sync.lastFailure).toBeUndefined();
    });

    it('backs off after failures: the next check comes sooner than the normal interval', async () => {
      releases.behaviour = { kind: 'status', status: 500 };
      await sync.checkNow({ reason: 'schedule' });
      const delay = scheduled.at(-1)!.getTime() - Date.now();
      expect(delay).toBeLessThan(10 * 60_000);
    });

    it('reports a worker stopped in the middle of an update, with the dataset intact', async () => {
      const before = await snapshot();
      await db.syncState.put({ key: 'sync', consecutiveFailures: 0, inProgressSince: new Date().toISOString() });
      await sync.recoverInterruptedCheck();
      const status = await readDatasetStatus(db);
      expect(status.sync.lastFailure?.code).toBe('interrupted');
      expect(status.sync.inProgressSince).toBeUndefined();
      expect(await snapshot()).toEqual(before);
    });

    it('reports a missing update address plainly instead of failing', async () => {
      settings = parseSettings({ updateUrl: '' });
      await sync.checkNow({ reason: 'user' });
      expect((await readDatasetStatus(db)).sync.lastOutcome?.code).toBe('no-url');
    });
  });

  describe('concurrency', () => {
    it('never lets a lookup see a mix of two versions while an update is applied', async () => {
      const big = await sampleRelease('2026.5.1');
      for (let i = 0; i < 400; i++) {
        big.terms.push({ ...big.terms[1]!, id: `filler-${i}`, label: `Filler ${i}`, aliases: [{ text: `FILLER${i}`, caseSensitive: true }] });
      }
      const body = JSON.stringify(await rehash(big));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      const updating = sync.checkNow({ reason: 'user' });
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const index = await dataset.termIndex();
        const termCount = Object.keys(index.categories).length;
        seen.push(`${index.version}:${termCount}`);
        const installed = await readInstalledRelease(db, 'current');
        const stored = JSON.parse(installed!.json) as Release;
        expect(stored.version).toBe(installed!.release.version);
        seen.push(`${installed!.release.version}:${stored.terms.length}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await updating;
      for (const view of seen) expect(['2026.1.1:2', '2026.5.1:402']).toContain(view);
      expect(seen).toContain('2026.5.1:402');
    });
  });
});
