import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { HISTORY_LENGTH, installRelease } from '../../../utils/adapters/storage/release-slots';
import { readInstalledRelease } from '../../../utils/adapters/storage/read-installed-release';
import { RepereDatabase } from '../../../utils/adapters/storage/repere-database';
import { resetToBundledRelease, rollbackRelease } from '../../../utils/adapters/storage/release-slots';
import type { ReleaseOrigin } from '../../../utils/dataset/dataset-status';
import { rehash, sampleRelease } from '../../support/sample-release';
import { verifiedOf } from '../../support/verified-release';

let databases = 0;
const freshDatabase = () => new RepereDatabase(`install-test-${++databases}`);

async function install(db: RepereDatabase, version: string, origin: ReleaseOrigin = 'remote') {
  const release = await sampleRelease(version);
  await installRelease(db, { release: await verifiedOf(release), origin, now: new Date() });
  return release;
}

const storedHashes = async (db: RepereDatabase) => (await db.releaseFiles.toArray()).map((row) => row.hash).sort();
const slotHashes = async (db: RepereDatabase) => [...new Set((await db.releases.toArray()).map((row) => row.hash))].sort();

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
  it('swaps current and previous, keeps the bundled one, and stores only the files a slot names', async () => {
    const db = freshDatabase();
    const bundled = await install(db, '2026.1.1', 'bundled');
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(bundled));
    expect(await readInstalledRelease(db, 'previous')).toBeNull();
    await install(db, '2026.2.1');
    const third = await install(db, '2026.3.1');
    expect((await readInstalledRelease(db, 'current'))?.json).toBe(JSON.stringify(third));
    expect((await readInstalledRelease(db, 'previous'))?.release.version).toBe('2026.2.1');
    expect((await readInstalledRelease(db, 'bundled'))?.release.version).toBe('2026.1.1');
    expect(await storedHashes(db)).toEqual(await slotHashes(db));
    expect(await db.releaseFiles.count()).toBe(3);
  });

  it('keeps the previous release when the current one is installed again', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1');
    await install(db, '2026.2.1');
    await install(db, '2026.2.1');
    expect((await readInstalledRelease(db, 'current'))?.release.version).toBe('2026.2.1');
    expect((await readInstalledRelease(db, 'previous'))?.release.version).toBe('2026.1.1');
  });

  it('writes everything or nothing: a failure mid-write leaves the old dataset whole', async () => {
    const healthy = freshDatabase();
    await install(healthy, '2026.1.1');
    const rowsBefore = await healthy.releases.toArray();
    const filesBefore = await storedHashes(healthy);
    healthy.close();
    // The same database, opened by a context whose disk fills up mid-install.
    const db = new RepereDatabase(healthy.name);
    failWritesOfCurrentSlot(db);
    await expect(install(db, '2026.2.1')).rejects.toThrow('QuotaExceededError');
    expect(await db.releases.toArray()).toEqual(rowsBefore);
    expect(await storedHashes(db)).toEqual(filesBefore);
    expect(await db.history.count()).toBe(1);
  });

  it('says so when a slot has lost its file, instead of answering with nothing', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1');
    await db.releaseFiles.clear();
    await expect(readInstalledRelease(db, 'current')).rejects.toThrow(/no stored file/);
  });

  it('keeps the last installs in the history, with their notes', async () => {
    const db = freshDatabase();
    for (let minor = 1; minor <= HISTORY_LENGTH + 2; minor++) await install(db, `2026.${minor}.1`);
    const noted = await rehash({ ...(await sampleRelease('2026.99.1')), notes: { fr: 'Ce qui change', en: 'What changes' } });
    await installRelease(db, { release: await verifiedOf(noted), origin: 'file', now: new Date() });
    const history = await db.history.orderBy('seq').toArray();
    expect(history.map((entry) => entry.version)).toEqual([
      ...Array.from({ length: HISTORY_LENGTH - 1 }, (_, i) => `2026.${i + 4}.1`),
      '2026.99.1',
    ]);
    expect(history.at(-1)?.notes).toEqual({ fr: 'Ce qui change', en: 'What changes' });
    expect(history.every((entry) => !entry.seen)).toBe(true);
  });
});

describe('rollback and back to bundled', () => {
  it('swap rows only: the files stay as they were written', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1', 'bundled');
    await install(db, '2026.2.1');
    await install(db, '2026.3.1');
    const files = await db.releaseFiles.toArray();
    await rollbackRelease(db);
    expect((await db.releases.get('current'))?.version).toBe('2026.2.1');
    expect((await db.releases.get('previous'))?.version).toBe('2026.3.1');
    await resetToBundledRelease(db, new Date());
    expect((await db.releases.get('current'))?.version).toBe('2026.1.1');
    expect((await db.releases.get('current'))?.origin).toBe('bundled');
    expect((await db.releases.get('previous'))?.version).toBe('2026.2.1');
    // 2026.3.1 is named by no slot any more; the other two files are the very rows written at install.
    const third = (await sampleRelease('2026.3.1')).hash;
    expect(await db.releaseFiles.toArray()).toEqual(files.filter((row) => row.hash !== third));
  });

  it('refuses a rollback with nothing kept, and changes nothing', async () => {
    const db = freshDatabase();
    await install(db, '2026.1.1', 'bundled');
    const before = await db.releases.toArray();
    await expect(rollbackRelease(db)).rejects.toMatchObject({ code: 'no-previous' });
    expect(await db.releases.toArray()).toEqual(before);
  });
});

describe('the database of an earlier version', () => {
  it('empties the release slots and forgets the validators of a version-2 database, keeping the rest of the sync state', async () => {
    const name = 'migration-test';
    const old = new Dexie(name);
    old.version(1).stores({ terms: '&id, category', milestones: '&id, date, *terms', sources: '&id', releases: '&slot', syncState: '&key' });
    old.version(2).stores({ terms: null, milestones: null, sources: null, releaseTexts: '[hash+piece], hash' });
    const release = await sampleRelease('2026.2.1');
    await old.table('releases').put({ slot: 'current', version: release.version, hash: release.hash, publishedAt: release.publishedAt, origin: 'remote', installedAt: '2026-02-01T00:00:00.000Z' });
    await old.table('releaseTexts').put({ hash: release.hash, piece: 0, text: JSON.stringify(release) });
    await old.table('syncState').put({ key: 'sync', consecutiveFailures: 2, etag: '"v2"', validatorsUrl: 'https://example.org/latest.json' });
    old.close();

    const db = new RepereDatabase(name);
    expect(await db.releases.count()).toBe(0);
    expect(await db.syncState.get('sync')).toEqual({ key: 'sync', consecutiveFailures: 2 });
    expect(db.tables.map((table) => table.name).sort()).toEqual(['history', 'releaseFiles', 'releases', 'syncState']);
  });
});
