import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { installRelease } from '../../../utils/adapters/storage/install-release';
import { readInstalledRelease } from '../../../utils/adapters/storage/read-installed-release';
import { RepereDatabase } from '../../../utils/adapters/storage/repere-database';
import { splitReleaseText } from '../../../utils/dataset/split-release-text';
import { sampleRelease } from '../../support/sample-release';

let databases = 0;
const freshDatabase = () => new RepereDatabase(`install-test-${++databases}`);

async function install(db: RepereDatabase, version: string) {
  const release = await sampleRelease(version);
  await installRelease(db, { release, textPieces: splitReleaseText(JSON.stringify(release)), origin: 'remote', now: new Date() });
  return release;
}

/** Makes every write of the `current` slot fail, as a full disk would, after the other writes of the transaction. */
function failWritesOfCurrentSlot(db: RepereDatabase) {
  db.use({
    stack: 'dbcore',
    name: 'fail-current-slot',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            name === 'releases' && request.type === 'put' && request.values.some((value: { slot?: string }) => value.slot === 'current')
              ? Promise.reject(new Error('QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
}

describe('installing a release', () => {
  it('swaps current and previous, and keeps the text of those two only', async () => {
    const db = freshDatabase();
    const first = await install(db, '2026.1.1');
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(first));
    expect(await readInstalledRelease(db, 'previous')).toBeNull();
    await install(db, '2026.2.1');
    const third = await install(db, '2026.3.1');
    expect((await readInstalledRelease(db, 'current'))?.release.version).toBe('2026.3.1');
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(third));
    expect((await readInstalledRelease(db, 'previous'))?.release.version).toBe('2026.2.1');
    expect([...new Set((await db.releaseTexts.toArray()).map((piece) => piece.hash))].sort()).toEqual(
      [(await db.releases.get('current'))!.hash, (await db.releases.get('previous'))!.hash].sort(),
    );
  });

  it('stores a big text in pieces and reads back exactly that text', async () => {
    const db = freshDatabase();
    const release = await sampleRelease('2026.1.1');
    // Long, and with characters written as two UTF-16 units that a piece boundary may cut.
    const json = JSON.stringify({ ...release, padding: '😀 Ségur ’'.repeat(60_000) });
    await installRelease(db, { release, textPieces: splitReleaseText(json), origin: 'file', now: new Date() });
    expect(await db.releaseTexts.count()).toBeGreaterThan(3);
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(json);
    // The same release again, written shorter: no piece of the longer text is left behind.
    await installRelease(db, { release, textPieces: splitReleaseText(JSON.stringify(release)), origin: 'file', now: new Date() });
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(release));
    expect(await db.releaseTexts.count()).toBe(1);
  });

  it('keeps the previous release when the current one is installed again', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1');
    await install(db, '2026.2.1');
    await install(db, '2026.2.1');
    expect((await readInstalledRelease(db, 'current'))?.release.version).toBe('2026.2.1');
    expect((await readInstalledRelease(db, 'previous'))?.release.version).toBe('2026.1.1');
    expect(new Set((await db.releaseTexts.toArray()).map((piece) => piece.hash)).size).toBe(2);
  });

  it('writes everything or nothing: a failure mid-write leaves the old dataset whole', async () => {
    const healthy = freshDatabase();
    const first = await install(healthy, '2026.1.1');
    const rowsBefore = await healthy.releases.toArray();
    healthy.close();
    // The same database, opened by a context whose disk fills up mid-install.
    const db = new RepereDatabase(healthy.name);
    failWritesOfCurrentSlot(db);
    await expect(install(db, '2026.2.1')).rejects.toThrow('QuotaExceededError');
    expect(await db.releases.toArray()).toEqual(rowsBefore);
    expect(await db.releaseTexts.toArray()).toEqual([{ hash: first.hash, piece: 0, text: JSON.stringify(first) }]);
  });

  it('says so when a slot has lost its text, instead of answering with nothing', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1');
    await db.releaseTexts.clear();
    await expect(readInstalledRelease(db, 'current')).rejects.toThrow(/no stored text/);
  });
});

describe('the database of an earlier version', () => {
  it('keeps the installed releases when it moves from one row per record to one text per release', async () => {
    const name = 'migration-test';
    const current = await sampleRelease('2026.2.1');
    const previous = await sampleRelease('2026.1.1');
    // Version 1 as it shipped: the releases' texts inside the slot rows, records spread over tables.
    const old = new Dexie(name);
    old.version(1).stores({ terms: '&id, category', milestones: '&id, date, *terms', sources: '&id', releases: '&slot', syncState: '&key' });
    const row = (slot: string, release: typeof current) => ({
      slot,
      version: release.version,
      hash: release.hash,
      publishedAt: release.publishedAt,
      origin: 'remote',
      installedAt: '2026-02-01T00:00:00.000Z',
      json: JSON.stringify(release),
    });
    await old.table('releases').bulkPut([row('current', current), row('previous', previous)]);
    await old.table('terms').bulkPut(current.terms);
    await old.table('syncState').put({ key: 'sync', consecutiveFailures: 2 });
    old.close();

    const db = new RepereDatabase(name);
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(current));
    expect((await readInstalledRelease(db, 'previous'))?.json).toBe(JSON.stringify(previous));
    expect(await db.releases.get('current')).not.toHaveProperty('json');
    expect((await db.syncState.get('sync'))?.consecutiveFailures).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['releaseTexts', 'releases', 'syncState']);
  });
});
