import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import type { Term } from '../../../utils/dataset/schema';
import { groupByYear } from '../../../utils/timeline/group-by-year';
import { searchTerms } from '../../../utils/timeline/search-terms';

let terms: Term[];
let release: Awaited<ReturnType<typeof buildReleaseFromDataDir>>;
beforeAll(async () => {
  release = await buildReleaseFromDataDir();
  terms = release.terms;
});

const ids = (query: string) => searchTerms(terms, query).map((term) => term.id);

describe('searching the roadmap', () => {
  it('ignores accents and case, and matches names and aliases', () => {
    expect(ids('segur')).toContain('segur-numerique');
    expect(ids('SÉGUR')[0]).toMatch(/^segur/);
    expect(ids('carte vitale')).toContain('apcv');
    expect(ids('ordonnance')).toContain('e-prescription');
    expect(ids('mon espace sante')[0]).toBe('mon-espace-sante');
    expect(ids('e cps')).toContain('e-cps');
  });

  it('requires every word of the query and returns everything for an empty one', () => {
    expect(ids('carte vitale zzz')).toEqual([]);
    expect(ids('  ')).toHaveLength(terms.length);
  });

  it('groups milestones by year, oldest first', () => {
    const groups = groupByYear(release.milestones);
    const years = groups.map((group) => group.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(groups.reduce((sum, group) => sum + group.milestones.length, 0)).toBe(release.milestones.length);
  });
});
