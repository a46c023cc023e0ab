import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { installRelease } from '../../../utils/database/install-release';
import { RepereDatabase } from '../../../utils/database/repere-database';
import { sampleRelease } from '../../support/sample-release';

describe('installing a release', () => {
  it('writes everything or nothing: a failure mid-write leaves the old dataset whole', async () => {
    const db = new RepereDatabase('install-test');
    const first = await sampleRelease('2026.1.1');
    await installRelease(db, { release: first, json: JSON.stringify(first), origin: 'bundled', now: new Date() });
    const broken = await sampleRelease('2026.2.1');
    // Two terms with one id: the second bulkAdd fails inside the transaction.
    broken.terms.push({ ...broken.terms[0]! });
    await expect(
      installRelease(db, { release: broken, json: JSON.stringify(broken), origin: 'remote', now: new Date() }),
    ).rejects.toThrow();
    expect((await db.releases.get('current'))?.version).toBe('2026.1.1');
    expect(await db.releases.get('previous')).toBeUndefined();
    expect((await db.terms.toArray()).map((term) => term.id).sort()).toEqual(['dmp', 'ins']);
    expect(await db.milestones.count()).toBe(first.milestones.length);
  });
});
