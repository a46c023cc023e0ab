import { describe, expect, it } from 'vitest';
import { buildLanes, laneMark, yearSpan } from '../../../utils/timeline/roadmap-lanes';
import { timeAxis } from '../../../utils/timeline/roadmap-scale';
import { delayBand, formatDelay } from '../../../utils/timeline/delay';
import { milestone, term } from './milestone-fixture';

const TODAY = '2026-12-02';

describe('the roadmap page’s lanes', () => {
  it('gives one lane per programme that has milestones, a shared milestone in each of its lanes', () => {
    const terms = [term('ins'), term('dmp', { category: 'patient-services' }), term('empty')];
    const shared = milestone({ id: 'shared', date: '2021', terms: ['ins', 'dmp'] });
    const lanes = buildLanes(terms, [shared, milestone({ id: 'alone', date: '2020', terms: ['dmp'] })], TODAY);
    expect(lanes.map((lane) => lane.term.id)).toEqual(['ins', 'dmp']);
    expect(lanes[1]!.marks.map((mark) => mark.milestone.id)).toEqual(['alone', 'shared']);
    expect(buildLanes(terms, [shared], TODAY, { category: 'patient-services' }).map((lane) => lane.term.id)).toEqual(['dmp']);
    expect(buildLanes(terms, [shared], TODAY, { termIds: ['ins'] }).map((lane) => lane.term.id)).toEqual(['ins']);
  });

  it('places a year-only step mid-year with the whole year as its span', () => {
    const mark = laneMark(milestone({ id: 'y', date: '2025' }), TODAY);
    expect(mark).toMatchObject({ day: '2025-07-02', spanStart: '2025-01-01', spanEnd: '2025-12-31' });
    expect(laneMark(milestone({ id: 'd', date: '2025-03-14' }), TODAY)).toMatchObject({ day: '2025-03-14', spanStart: '2025-03-14' });
  });

  it('draws a slip from the end of the promised period, as long as the shared rule’s delay', () => {
    const slip = laneMark(milestone({ id: 's', date: '2025-02-27' }, '2023-Q4'), TODAY).slip!;
    expect(slip).toMatchObject({ promisedDay: '2023-12-31', deliveredDay: '2025-02-27', delayDays: 424, delivered: true, band: 2 });
    // A pending slip reaches its current plan; a kept promise and a cancelled step are no slip.
    const pending = laneMark(milestone({ id: 'p', date: '2027-Q1', kind: 'planned' }, '2022'), TODAY).slip!;
    expect(pending).toMatchObject({ promisedDay: '2022-12-31', deliveredDay: '2027-01-01', delivered: false, band: 3 });
    expect(laneMark(milestone({ id: 'k', date: '2025-01-01' }, '2024-12-31'), TODAY).slip).toBeUndefined();
    expect(laneMark(milestone({ id: 'c', date: '2026-02', kind: 'cancelled' }, '2025'), TODAY).slip).toBeUndefined();
  });

  it('spans the years of every mark, slip and extra day', () => {
    const lanes = buildLanes([term('ins')], [milestone({ id: 'a', date: '2021-05' }, '2019')], TODAY);
    expect(yearSpan(lanes, [TODAY])).toEqual({ firstYear: 2019, lastYear: 2026 });
  });
});

describe('the time axis and delays', () => {
  it('maps days to pixels over whole years, with yearly or quarterly ticks', () => {
    const byYear = timeAxis({ firstYear: 2020, lastYear: 2029, zoom: 'year', availableWidth: 1000, language: 'fr' });
    expect(byYear.width).toBe(1000);
    expect(byYear.x('2020-01-01')).toBe(0);
    expect(byYear.x('2025-01-01')).toBeCloseTo(500, 0);
    expect(byYear.ticks.map((tick) => tick.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029']);
    const byQuarter = timeAxis({ firstYear: 2020, lastYear: 2021, zoom: 'quarter', availableWidth: 100, language: 'fr' });
    expect(byQuarter.ticks.map((tick) => tick.label)).toEqual(['2020', 'T2', 'T3', 'T4', '2021', 'T2', 'T3', 'T4']);
    expect(byQuarter.width).toBeGreaterThan(100);
  });

  it('bands and words delays', () => {
    expect([30, 200, 500, 1000].map(delayBand)).toEqual([0, 1, 2, 3]);
    expect(formatDelay(1, 'fr')).toBe('1 jour');
    expect(formatDelay(12, 'fr')).toBe('12 jours');
    expect(formatDelay(12, 'en')).toBe('12 days');
    expect(formatDelay(62, 'fr')).toBe('2 mois');
    expect(formatDelay(5 * 365, 'fr')).toBe('5 ans');
    expect(formatDelay(424, 'fr')).toBe('1 an et 2 mois');
    expect(formatDelay(424, 'en')).toBe('1 year 2 months');
    expect(formatDelay(730, 'en')).toBe('2 years');
  });
});
