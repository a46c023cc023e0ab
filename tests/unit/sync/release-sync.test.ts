import { DatasetService } from '../../../entrypoints/background/dataset-service';
import { describe, expect, it, vi } from 'vitest';
import { readDatasetStatus } from '../../../utils/adapters/storage/dataset-status';
import { readInstalledRelease } from '../../../utils/adapters/storage/read-installed-release';
import type { Release } from '../../../utils/dataset/schema';
import { openInProcessChannel } from '../../support/in-process-checker';
import { rehash, sampleRelease } from '../../support/sample-release';
import { sign } from '../../support/signing';
import { h, newerRelease, releases, snapshot, useSyncHarness } from '../../support/sync-harness';

useSyncHarness();

describe('release sync', () => {
  describe('installing and updating the dataset', () => {
    it('installs the bundled dataset on first run, once', async () => {
      const before = await snapshot();
      expect(before.current?.version).toBe('2026.1.1');
      expect(before.current?.origin).toBe('bundled');
      expect(before.terms.map((term) => term.id).sort()).toEqual(['dmp', 'ins']);
      await h.dataset.ensureInstalled();
      expect((await snapshot()).current?.installedAt).toBe(before.current?.installedAt);
    });

    it('applies a newer signed release, keeps the previous one, and can roll back and reset', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys), etag: '"2"' };
      await h.sync.checkNow({ reason: 'user' });
      const after = await snapshot();
      expect(after.current?.version).toBe('2026.2.1');
      expect(after.current?.origin).toBe('remote');
      expect(after.terms.find((term) => term.id === 'ins')?.status.summary.fr).toBe('Statut de la version 2026.2.1');
      expect((await h.db.releases.get('previous'))?.version).toBe('2026.1.1');
      expect((await h.dataset.termDetails(['ins'])).version).toBe('2026.2.1');
      const status = await readDatasetStatus(h.db);
      expect(status.sync.lastOutcome?.code).toBe('ok');
      expect(status.sync.lastOutcome?.timings?.applyMs).toBeGreaterThanOrEqual(0);
      expect(status.sync.consecutiveFailures).toBe(0);
      expect(h.started).toBe(1);
      expect(h.scheduled.at(-1)).toBeInstanceOf(Date);

      // Unchanged since: a conditional request, nothing downloaded again.
      releases.requests = [];
      await h.sync.checkNow({ reason: 'schedule' });
      expect(releases.requests.map((request) => request.path)).toEqual(['/release.json']);
      expect(releases.requests[0]?.headers['if-none-match']).toBe('"2"');

      // Rollback and reset swap rows: no worker, nothing downloaded or checked again.
      releases.requests = [];
      await h.dataset.rollback();
      expect((await snapshot()).current?.version).toBe('2026.1.1');
      expect((await h.db.releases.get('previous'))?.version).toBe('2026.2.1');
      expect((await h.dataset.termDetails(['ins'])).details[0]?.term.status.summary.fr).toBe(h.bundled.terms[0]!.status.summary.fr);
      await h.dataset.rollback();
      expect((await h.dataset.termDetails(['ins'])).details[0]?.term.status.summary.fr).toBe('Statut de la version 2026.2.1');
      await h.dataset.resetToBundled();
      expect((await snapshot()).current?.origin).toBe('bundled');
      expect(h.started).toBe(1);
      expect(releases.requests).toEqual([]);
    });

    it('downloads a changed release once; a 304 or an error starts no worker', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys), etag: '"2"' };
      releases.requests = [];
      await h.sync.checkNow({ reason: 'user' });
      expect(releases.requests.map((request) => request.path)).toEqual(['/release.json', '/release.json.sig']);
      await h.sync.checkNow({ reason: 'schedule' });
      releases.behaviour = { kind: 'status', status: 404 };
      await h.sync.checkNow({ reason: 'schedule' });
      expect(h.started).toBe(1);
    });

    it('answers lookups after a wake from the stored lookup view, without parsing the whole release', async () => {
      const body = await newerRelease();
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      await h.sync.checkNow({ reason: 'user' });
      const expected = await h.dataset.termDetails(['ins', 'dmp']);
      const parse = vi.spyOn(JSON, 'parse');
      try {
        // A new background on the same database: what a service worker woken by a page gets.
        const woken = new DatasetService({ db: h.db, loadBundled: async () => new Uint8Array() });
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
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      await h.sync.checkNow({ reason: 'user' });
      const [latest] = (await readDatasetStatus(h.db)).history;
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
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      await h.sync.checkNow({ reason: 'user' });
      // Extension updates (a new version each time), as onInstalled or a first wake sees them.
      const olderBundle = await sampleRelease('2026.1.2');
      const sameOld = new DatasetService({ db: h.db, extensionVersion: '0.1.1', loadBundled: async () => new TextEncoder().encode(JSON.stringify(olderBundle)) });
      await sameOld.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.2.1');
      // Kept for "back to bundled" all the same.
      expect((await h.db.releases.get('bundled'))?.version).toBe('2026.1.2');
      const newerBundle = await sampleRelease('2026.3.1');
      let loads = 0;
      const updated = new DatasetService({ db: h.db, extensionVersion: '0.2.0', loadBundled: async () => (loads++, new TextEncoder().encode(JSON.stringify(newerBundle))) });
      await updated.ensureInstalled();
      expect((await snapshot()).current?.version).toBe('2026.3.1');
      expect((await snapshot()).current?.origin).toBe('bundled');
      // Later wakes of the same extension version do not look at the bundle again.
      await new DatasetService({ db: h.db, extensionVersion: '0.2.0', loadBundled: async () => (loads++, new Uint8Array()) }).ensureInstalled();
      expect(loads).toBe(1);
    });
  });

  describe('concurrency', () => {
    it('runs one check at a time, user changes included: never two checker workers at once', async () => {
      let open = 0;
      let most = 0;
      h.checkerChannel = async () => {
        most = Math.max(most, ++open);
        const channel = await openInProcessChannel();
        return { port: channel.port, close: async () => void (open--, await channel.close()) };
      };
      releases.behaviour = { kind: 'serve', body: await newerRelease(), signature: await sign(await newerRelease(), h.keys) };
      const file = await newerRelease('2026.3.1');
      await Promise.all([
        h.sync.checkNow({ reason: 'user' }),
        h.sync.importFromFile({ text: file }),
        h.sync.checkNow({ reason: 'schedule' }),
      ]);
      // Three checks ran (the last one refused 2026.2.1 as older than the import), one after the other.
      expect(h.started).toBe(3);
      expect(most).toBe(1);
      expect((await snapshot()).current?.version).toBe('2026.3.1');
    });

    it('never lets a lookup see a mix of two versions while an update is applied', async () => {
      const big = await sampleRelease('2026.5.1');
      for (let i = 0; i < 400; i++) {
        big.terms.push({ ...big.terms[1]!, id: `filler-${i}`, label: `Filler ${i}`, aliases: [{ text: `FILLER${i}`, caseSensitive: true }] });
      }
      const body = JSON.stringify(await rehash(big));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, h.keys) };
      const updating = h.sync.checkNow({ reason: 'user' });
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const index = await h.dataset.termIndex();
        const termCount = Object.keys(index.categories).length;
        seen.push(`${index.version}:${termCount}`);
        const installed = await readInstalledRelease(h.db, 'current');
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
