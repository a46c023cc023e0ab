import { parseSettings } from '../../../utils/settings/settings';
import { describe, expect, it } from 'vitest';
import { readDatasetStatus } from '../../../utils/adapters/storage/dataset-status';
import { sign } from '../../support/signing';
import { h, newerRelease, releases, snapshot, useSyncHarness } from '../../support/sync-harness';

useSyncHarness();

describe('release sync', () => {
  describe('a failed update changes nothing and says why', () => {
    type Case = [string, () => Promise<void>, string];
    const cases: Case[] = [
      ['404', async () => void (releases.behaviour = { kind: 'status', status: 404 }), 'http-status'],
      ['500', async () => void (releases.behaviour = { kind: 'status', status: 500 }), 'http-status'],
      ['a hanging server', async () => void (releases.behaviour = { kind: 'hang' }), 'timeout'],
      ['a connection cut mid-body', async () => void (releases.behaviour = { kind: 'cut-mid-body', body: await newerRelease() }), 'truncated'],
      ['truncated JSON', async () => {
        const body = (await newerRelease()).slice(0, 500);
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      }, 'invalid-json'],
      ['a wrong content type', async () => void (releases.behaviour = { kind: 'serve', body: await newerRelease(), contentType: 'text/html' }), 'content-type'],
      ['a schema-invalid file', async () => {
        const body = JSON.stringify({ ...JSON.parse(await newerRelease()), terms: [{ id: 'INS!' }] });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      }, 'schema'],
      ['a wrong hash', async () => {
        const body = JSON.stringify({ ...JSON.parse(await newerRelease()), hash: `sha256:${'0'.repeat(64)}` });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      }, 'hash-mismatch'],
      ['a bad signature', async () => {
        const body = await newerRelease();
        const signature = JSON.parse(await sign(body, h.keys));
        signature.signature = signature.signature.split('').reverse().join('');
        releases.behaviour = { kind: 'serve', body, signature: JSON.stringify(signature) };
      }, 'signature-invalid'],
      ['a signature from an untrusted key', async () => {
        const body = await newerRelease();
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.stranger) };
      }, 'signature-untrusted'],
      ['no signature', async () => void (releases.behaviour = { kind: 'serve', body: await newerRelease() }), 'signature-missing'],
      ['an older version', async () => {
        const body = await newerRelease('2025.12.1');
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      }, 'not-newer'],
      ['a 50 MB body', async () => void (releases.behaviour = { kind: 'huge', megabytes: 50 }), 'too-large'],
      ['javascript: and data: URLs in sources', async () => {
        const body = await newerRelease('2026.2.1', (release) => {
          release.sources[0]!.url = 'javascript:alert(1)';
          release.sources[1] = { ...release.sources[1]!, seed: undefined, url: 'data:text/html,x' } as never;
        });
        releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      }, 'schema'],
    ];

    it.each(cases)('%s', async (_name, arrange, code) => {
      await arrange();
      const before = await snapshot();
      await expect(h.sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code });
      expect(await snapshot()).toEqual(before);
      // Lookups still work, on the old data.
      expect((await h.dataset.termDetails(['ins'])).version).toBe('2026.1.1');
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastFailure?.code).toBe(code);
      expect(status.sync.lastFailure?.message.fr.length).toBeGreaterThan(10);
      expect(status.sync.lastFailure?.message.en.length).toBeGreaterThan(10);
      // Plain words only: the technical detail is kept apart, for the "détails" disclosure.
      expect(status.sync.lastFailure?.message.fr).not.toMatch(/HTTP \d|schemaVersion|Failed to fetch|bytes/);
      expect(status.sync.consecutiveFailures).toBe(1);
      expect(status.sync.inProgressSince).toBeUndefined();
    });

    it('treats the same version, already installed, as up to date rather than a failure', async () => {
      const body = JSON.stringify(h.bundled);
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      await h.sync.checkNow({ reason: 'user' });
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastOutcome?.code).toBe('ok');
      expect(status.sync.lastFailure).toBeUndefined();
    });

    it('backs off after failures: 2.5–5 min after the first, doubling with each, never beyond the interval', async () => {
      const minute = 60_000;
      const delayOfNextCheck = () => h.scheduled.at(-1)!.getTime() - h.now.getTime();
      releases.behaviour = { kind: 'status', status: 500 };
      // Equal jitter: half the step is fixed, the other half drawn. The draw's two ends give the bounds.
      h.random = 0;
      await h.sync.checkNow({ reason: 'schedule' });
      expect(delayOfNextCheck()).toBe(2.5 * minute);
      h.random = 1;
      await h.sync.checkNow({ reason: 'schedule' });
      expect(delayOfNextCheck()).toBe(10 * minute);
      h.random = 0.5;
      await h.sync.checkNow({ reason: 'schedule' });
      expect(delayOfNextCheck()).toBe(15 * minute);
      for (let failure = 4; failure <= 12; failure++) await h.sync.checkNow({ reason: 'schedule' });
      // Capped at the interval (6 h by default): between half of it and all of it.
      h.random = 1;
      await h.sync.checkNow({ reason: 'schedule' });
      expect(delayOfNextCheck()).toBe(6 * 60 * minute);
      expect((await readDatasetStatus(h.db)).sync.consecutiveFailures).toBe(13);
      // A success goes back to the interval, give or take 10 %.
      const installed = JSON.stringify(h.bundled);
      releases.behaviour = { kind: 'serve', body: installed, signature: await sign(installed, h.keys) };
      h.random = 0;
      await h.sync.checkNow({ reason: 'schedule' });
      expect((await readDatasetStatus(h.db)).sync.consecutiveFailures).toBe(0);
      expect(delayOfNextCheck()).toBe(0.9 * 6 * 60 * minute);
    });

    it('reports a worker stopped in the middle of an update, with the dataset intact', async () => {
      const before = await snapshot();
      await h.db.syncState.put({ key: 'sync', consecutiveFailures: 0, inProgressSince: new Date().toISOString() });
      await h.sync.recoverInterruptedCheck();
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastFailure?.code).toBe('interrupted');
      expect(status.sync.inProgressSince).toBeUndefined();
      expect(await snapshot()).toEqual(before);
    });

    it('tells whoever asked that no update address is configured, without counting it as a failure', async () => {
      h.settings = parseSettings({ updateUrl: '' });
      await expect(h.sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code: 'no-url' });
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastOutcome?.code).toBe('no-url');
      expect(status.sync.lastOutcome?.message.fr).not.toMatch(/voir les options/);
      expect(status.sync.consecutiveFailures).toBe(0);
      await h.sync.checkNow({ reason: 'schedule' });
    });

    it('fails with its own reason and backs off when no checker worker can start', async () => {
      h.checkerChannel = async () => {
        throw new Error('offscreen documents are not allowed here');
      };
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      const before = await snapshot();
      await h.sync.checkNow({ reason: 'schedule' });
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastFailure?.code).toBe('checker-unavailable');
      expect(status.sync.lastFailure?.detail).toMatch(/offscreen/);
      // The first failure's step (5 min, drawn at its middle: 3.75 min), not the 6-hour interval.
      expect(h.scheduled.at(-1)!.getTime() - h.now.getTime()).toBe(3.75 * 60_000);
      expect(await snapshot()).toEqual(before);
    });

    it('clears the last failure after a success (a reset, here)', async () => {
      releases.behaviour = { kind: 'status', status: 500 };
      await h.sync.checkNow({ reason: 'schedule' });
      expect((await readDatasetStatus(h.db)).sync.lastFailure?.code).toBe('http-status');
      await h.sync.userChange(async () => (await h.dataset.resetToBundled(), { message: { fr: 'Rétabli.', en: 'Restored.' } }));
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastFailure).toBeUndefined();
      expect(status.sync.lastOutcome?.code).toBe('ok');
    });

    it('requires a signature when a redirect leaves the address allowed unsigned', async () => {
      const url = `${h.server.origin}/release.json`;
      h.settings = parseSettings({ updateUrl: url, allowUnsignedFor: [url] });
      const moved = `${h.server.origin.replace('127.0.0.1', 'localhost')}/moved/release.json`;
      releases.behaviour = { kind: 'redirect', location: moved, then: { kind: 'serve', body: await newerRelease() } };
      await expect(h.sync.checkNow({ reason: 'user' })).rejects.toMatchObject({ code: 'signature-missing' });
      // Not redirected, the same unsigned release is accepted where the user allowed it.
      releases.behaviour = { kind: 'serve', body: await newerRelease() };
      await h.sync.checkNow({ reason: 'user' });
      expect((await snapshot()).current?.version).toBe('2026.2.1');
    });
  });

});
