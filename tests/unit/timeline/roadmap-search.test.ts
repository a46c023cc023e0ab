import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import type { Release } from '../../../utils/dataset/schema';
import { isWithinPeriod } from '../../../utils/timeline/date-query';
import { allowedEdits, createRoadmapSearch, type RoadmapSearch } from '../../../utils/timeline/roadmap-search';
import { milestone, term } from './milestone-fixture';

let release: Release;
let roadmap: RoadmapSearch;
beforeAll(async () => {
  release = await buildReleaseFromDataDir();
  roadmap = createRoadmapSearch(release.terms, release.milestones);
});

const groupIds = (query: string) => roadmap.search(query).map((group) => group.term.id);

describe('searching the roadmap by name', () => {
  it('ignores accents and case, and matches labels, names and aliases', () => {
    expect(groupIds('segur')).toContain('segur-numerique');
    expect(groupIds('SÉGUR')[0]).toMatch(/^segur/);
    expect(groupIds('carte vitale')).toContain('apcv');
    expect(groupIds('ordonnance')[0]).toBe('e-prescription');
    expect(groupIds('mon espace sante')[0]).toBe('mon-espace-sante');
    expect(groupIds('e cps')).toContain('e-cps');
    expect(groupIds('e-CPS')[0]).toBe('e-cps');
  });

  it('forgives one typo, a swap of two letters included', () => {
    expect(groupIds('segru')[0]).toMatch(/^segur/);
    expect(groupIds('mssente')[0]).toBe('mssante');
    expect(groupIds('tousanticovd')[0]).toBe('tousanticovid');
    expect(allowedEdits('dmp')).toBe(0);
    // Short acronyms are exact: "dmp" is not "dns".
    expect(groupIds('dmp')).not.toContain('dns');
  });

  it('requires every word and finds nothing for nonsense or an empty query', () => {
    expect(groupIds('carte vitale zzzz')).toEqual([]);
    expect(groupIds('zzzz')).toEqual([]);
    expect(groupIds('   ')).toEqual([]);
  });

  it('finds milestone titles and groups them under their programme, in date order', () => {
    const groups = roadmap.search('bascule');
    const hdh = groups.find((group) => group.term.id === 'health-data-hub');
    expect(hdh?.milestones.map((m) => m.id)).toContain('hdh-bascule-hebergeur-souverain');
    for (const group of groups) {
      const days = group.milestones.map((m) => m.date);
      expect(days).toEqual([...days].sort());
    }
  });
});

describe('searching the roadmap by date', () => {
  it('finds every milestone of a year, and only those, grouped by programme', () => {
    const groups = roadmap.search('2025');
    const found = groups.flatMap((group) => group.milestones.map((m) => m.id)).sort();
    const expected = release.milestones.filter((m) => m.date.startsWith('2025')).map((m) => m.id).sort();
    expect(found).toEqual(expected);
    expect(new Set(groups.map((group) => group.term.id)).size).toBe(groups.length);
  });

  it('reads months and quarters in French and English', () => {
    for (const [query, period] of [
      ['février 2025', '2025-02'],
      ['February 2025', '2025-02'],
      ['T1 2027', '2027-Q1'],
      ['Q1 2027', '2027-Q1'],
    ] as const) {
      const found = roadmap.search(query).flatMap((group) => group.milestones);
      const expected = release.milestones.filter((m) => isWithinPeriod(m.date, period));
      expect(found.length, query).toBe(expected.length);
      expect(found.length, query).toBeGreaterThan(0);
    }
  });

  it('combines a programme and a date: "ségur 2025"', () => {
    const groups = roadmap.search('ségur 2025');
    expect(groups[0]?.term.id).toMatch(/^segur/);
    for (const group of groups) for (const found of group.milestones) expect(found.date.startsWith('2025')).toBe(true);
    expect(groups.flatMap((group) => group.milestones).length).toBeGreaterThan(0);
  });

  it('shows titles holding HTML as plain strings, never parsed', () => {
    const hostile = createRoadmapSearch(
      [term('ins')],
      [milestone({ id: 'x', date: '2024', title: { fr: '<img src=x onerror=alert(1)> décret', en: '<b>decree</b>' } })],
    );
    expect(hostile.search('décret')[0]?.milestones[0]?.title.fr).toBe('<img src=x onerror=alert(1)> décret');
  });
});
