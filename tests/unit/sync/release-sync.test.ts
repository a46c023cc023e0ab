import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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
/** How many checker workers were started (each check that downloads a release starts one). */
let started = 0;
let checkerChannel: () => Promise<CheckerChannel> = openInProcessChannel;
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
  dataset = new DatasetService({ db, loadBundled: async () => bundledBytes });
  settings = parseSettings({ updateUrl: `${server.origin}/release.json` });
  scheduled = [];
  started = 0;
  sync = new ReleaseSync({
    db,
    dataset,
    checker: new ReleaseChecker({ openChannel: () => (started++, checkerChannel()), answerWithinMs: 5000 }),
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

describe('release sync', () => {
  beforeEach(() => {
    checkerChannel = openInProcessChannel;
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
      expect(status.sync.lastOutcome?.timings?.applyMs).toBeGreaterThanOrEqual(0);
      expect(status.sync.consecutiveFailures).toBe(0);
      expect(started).toBe(1);
      expect(scheduled.at(-1)).toBeInstanceOf(Date);

      // Unchanged since: a conditional request, nothing downloaded again.
      releases.requests = [];
      await sync.checkNow({ reason: 'schedule' });
      expect(releases.requests.map((request) => request.path)).toEqual(['/release.json']);
      expect(releases.requests[0]?.headers['if-none-match']).toBe('"2"');

      // Rollback and reset swap rows: no worker, nothing downloaded or checked again.
      releases.requests = [];
      await dataset.rollback();
      expect((await snapshot()).current?.version).toBe('2026.1.1');
      expect((await db.releases.get('previous'))?.version).toBe('2026.2.1');
      expect((await dataset.termDetails(['ins'])).details[0]?.term.status.summary.fr).toBe(bundled.terms[0]!.status.summary.fr);
      await dataset.rollback();
      expect((await dataset.termDetails(['ins'])).details[0]?.term.status.summary.fr).toBe('Statut de la version 2026.2.1');
      await dataset.resetToBundled();
      expect((await snapshot()).current?.origin).toBe('bundled');
      expect(started).toBe(1);
      expect(releases.requests).toEqual([]);
    });

    it('downloads a changed release once; a 304 or an error starts no worker', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys), etag: '"2"' };
      releases.requests = [];
      await sync.checkNow({ reason: 'user' });
      expect(releases.requests.map((request) => request.path)).toEqual(['/release.json', '/release.json.sig']);
      await sync.checkNow({ reason: 'schedule' });
      releases.behaviour = { kind: 'status', status: 404 };
      await sync.checkNow({ reason: 'schedule' });
      expect(started).toBe(1);
    });

    it('answers lookups after a wake from the stored lookup view, without parsing the whole release', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await sync.checkNow({ reason: 'user' });
      const expected = await dataset.termDetails(['ins', 'dmp']);
      const parse = vi.spyOn(JSON, 'parse');
      try {
        // A new background on the same database: what a service worker woken by a page gets.
        const woken = new DatasetService({ db, loadBundled: async () => new Uint8Array() });
        expect((await woken.termIndex()).version).toBe('2026.2.1');
        expect((await woken.pageIndex()).prefilter.patterns.length).toBeGreaterThan(0);
        expect(await woken.termDetails(['ins', 'dmp'])).toEqual(expected);
        // Small parses only: the lookup view and the records a card shows, never a text holding the whole release.
        expect(parse.mock.calls.length).toBeGreaterThan(1);
        expect(parse.mock.calls.filter(([text]) => String(text).includes('"schemaVersion"'))).toEqual([]);
      } finally {
        parse.mockRestore();
      }
    });

    it('records what changed for the reader, and the release notes, once per install', async () => {
      const release = await sampleRelease('2026.2.1');
      release.terms[0]!.status = { ...release.terms[0]!.status, phase: 'generalised', summary: { fr: 'Généralisé.', en: 'Generalised.' } };
      release.milestones.push({ ...release.milestones[0]!, id: 'ins-new-step', title: { fr: 'Nouvelle étape', en: 'New step' } });
      const notes = { fr: '<b>Notes</b> de version', en: 'Release notes' };
      const body = JSON.stringify(await rehash({ ...release, notes }));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await sync.checkNow({ reason: 'user' });
      const [latest] = (await readDatasetStatus(db)).history;
      expect(latest?.version).toBe('2026.2.1');
      expect(latest?.notes).toEqual(notes);
      expect(latest?.seen).toBe(false);
      expect(latest?.changes?.statusChanged).toEqual([
        { id: 'ins', label: 'INS', from: 'mandatory', to: 'generalised', summary: { fr: 'Généralisé.', en: 'Generalised.' }, asOf: release.terms[0]!.status.asOf },
      ]);
      expect(latest?.changes?.newMilestones.map((milestone) => milestone.id)).toEqual(['ins-new-step']);
      expect(latest?.changes?.newTerms).toEqual([]);
      expect(latest?.changes?.totals).toEqual({ statusChanged: 1, newTerms: 0, newMilestones: 1 });
    });

    it('lets a newer bundled dataset (an extension update) win over an older synced one, and not the reverse', async () => {
      const body = await newerRelease('2026.2.1');
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await sync.checkNow({ reason: 'user' });
      // Extension updates (a new version each time), as onInstalled or a first wake sees them.
      const olderBundle = await sampleRelease('2026.1.2');
      const sameOld = new DatasetService({ db, extensionVersion: '0.1.1', loadBundled: async () => new TextEncoder().encode(JSON.stringify(olderBundle)) });
      await sameOld.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.2.1');
      // Kept for "back to bundled" all the same.
      expect((await db.releases.get('bundled'))?.version).toBe('2026.1.2');
      const newerBundle = await sampleRelease('2026.3.1');
      let loads = 0;
      const updated = new DatasetService({ db, extensionVersion: '0.2.0', loadBundled: async () => (loads++, new TextEncoder().encode(JSON.stringify(newerBundle))) });
      await updated.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.3.1');
      expect((await snapshot()).current?.origin).toBe('bundled');
      // Later wakes of the same extension version do not look at the bundle again.
      await new DatasetService({ db, extensionVersion: '0.2.0', loadBundled: async () => (loads++, new Uint8Array()) }).ensureInstalled();
      expect(loads).toBe(1);
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
      // Plain words only: the technical detail is kept apart, for the "détails" disclosure.
      expect(status.sync.lastFailure?.message.fr).not.toMatch(/HTTP \d|schemaVersion|Failed to fetch|bytes/);
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

    it('tells whoever asked that no update address is configured, without counting it as a failure', async () => {
      settings = parseSettings({ updateUrl: '' });
      await expect(sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code: 'no-url' });
      const status = await readDatasetStatus(db);
      expect(status.sync.lastOutcome?.code).toBe('no-url');
      expect(status.sync.lastOutcome?.message.fr).not.toMatch(/voir les options/);
      expect(status.sync.consecutiveFailures).toBe(0);
      await sync.checkNow({ reason: 'schedule' });
    });

    it('fails with its own reason and backs off when no checker worker can start', async () => {
      checkerChannel = async () => {
        throw new Error('offscreen documents are not allowed here');
      };
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      const before = await snapshot();
      await sync.checkNow({ reason: 'schedule' });
      const status = await readDatasetStatus(db);
      expect(status.sync.lastFailure?.code).toBe('checker-unavailable');
      expect(status.sync.lastFailure?.detail).toMatch(/offscreen/);
      expect(scheduled.at(-1)!.getTime() - Date.now()).toBeLessThan(10 * 60_000);
      expect(await snapshot()).toEqual(before);
    });

    it('clears the last failure after a success (a reset, here)', async () => {
      releases.behaviour = { kind: 'status', status: 500 };
      await sync.checkNow({ reason: 'schedule' });
      expect((await readDatasetStatus(db)).sync.lastFailure?.code).toBe('http-status');
      await sync.userChange(async () => (await dataset.resetToBundled(), { message: { fr: 'Rétabli.', en: 'Restored.' } }));
      const status = await readDatasetStatus(db);
      expect(status.sync.lastFailure).toBeUndefined();
      expect(status.sync.lastOutcome?.code).toBe('ok');
    });

    it('requires a signature when a redirect leaves the address allowed unsigned', async () => {
      const url = `${server.origin}/release.json`;
      settings = parseSettings({ updateUrl: url, allowUnsignedFor: [url] });
      const moved = `${server.origin.replace('127.0.0.1', 'localhost')}/moved/release.json`;
      releases.behaviour = { kind: 'redirect', location: moved, then: { kind: 'serve', body: await newerRelease() } };
      await expect(sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code: 'signature-missing' });
      // Not redirected, the same unsigned release is accepted where the user allowed it.
      releases.behaviour = { kind: 'serve', body: await newerRelease() };
      await sync.checkNow({ reason: 'user' });
      expect((await snapshot()).current?.version).toBe('2026.2.1');
    });
  });

  describe('concurrency', () => {
    it('runs one check at a time, user changes included: never two checker workers at once', async () => {
      let open = 0;
      let most = 0;
      checkerChannel = async () => {
        most = Math.max(most, ++open);
        const channel = await openInProcessChannel();
        return { port: channel.port, close: async () => void (open--, await channel.close()) };
      };
      releases.behaviour = { kind: 'serve', body: await newerRelease(), signature: await sign(await newerRelease(), keys) };
      const file = await newerRelease('2026.3.1');
      await Promise.all([
        sync.checkNow({ reason: 'user' }),
        sync.importFromFile({ text: file }),
        sync.checkNow({ reason: 'schedule' }),
      ]);
      // Three checks ran (the last one refused 2026.2.1 as older than the import), one after the other.
      expect(started).toBe(3);
      expect(most).toBe(1);
      expect((await snapshot()).current?.version).toBe('2026.3.1');
    });

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
