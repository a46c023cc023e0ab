import { describe, expect, it } from 'vitest';
import { timelineSections } from '../../../utils/timeline/timeline-sections';
import { milestone } from './milestone-fixture';

const TODAY = '2026-12-02';
const layout = (dates: string[]) =>
  timelineSections(
    dates.map((date, index) => milestone({ id: `m${index}`, date })),
    TODAY,
  ).map((section) => `${section.year}: ${section.items.map((item) => (item.kind === 'today' ? 'TODAY' : item.milestone.date)).join(' ')}`);

describe('the timeline by year, with today in its own year', () => {
  it('puts today between this year’s past and future steps', () => {
    expect(layout(['2026-03', '2026-12-20', '2027'])).toEqual(['2026: 2026-03 TODAY 2026-12-20', '2027: 2027']);
  });

  it('gives today a year of its own when no step falls in it, never under a later year', () => {
    expect(layout(['2025-06', '2027-Q1'])).toEqual(['2025: 2025-06', '2026: TODAY', '2027: 2027-Q1']);
    expect(layout(['2027-Q1'])).toEqual(['2026: TODAY', '2027: 2027-Q1']);
    expect(layout(['2019', '2020'])).toEqual(['2019: 2019', '2020: 2020', '2026: TODAY']);
  });

  it('counts a step of this year known only to the year as possibly past', () => {
    expect(layout(['2026', '2026-Q4'])).toEqual(['2026: 2026 2026-Q4 TODAY']);
  });

  it('has no sections without milestones', () => {
    expect(timelineSections([], TODAY)).toEqual([]);
  });
});
