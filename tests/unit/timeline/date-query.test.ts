import { describe, expect, it } from 'vitest';
import { isWithinPeriod, parseDateQuery } from '../../../utils/timeline/date-query';

describe('dates typed into the search box', () => {
  it('reads years, months, quarters and halves in French and English', () => {
    const cases: [string, string][] = [
      ['2025', '2025'],
      ['mars 2026', '2026-03'],
      ['Août 2024', '2024-08'],
      ['aout 2024', '2024-08'],
      ['March 2026', '2026-03'],
      ['T1 2027', '2027-Q1'],
      ['q3 2025', '2025-Q3'],
      ['1er trimestre 2027', '2027-Q1'],
      ['2e semestre 2026', '2026-H2'],
      ['S1 2026', '2026-H1'],
      ['2026-03', '2026-03'],
      ['2027-Q1', '2027-Q1'],
    ];
    for (const [query, period] of cases) expect(parseDateQuery(query)?.period, query).toBe(period);
  });

  it('leaves the rest of the query for the text search', () => {
    expect(parseDateQuery('ségur mars 2025')).toEqual({ period: '2025-03', rest: 'ségur' });
    expect(parseDateQuery('ins 2021 décret')).toEqual({ period: '2021', rest: 'ins décret' });
  });

  it('finds no date in plain words or impossible numbers', () => {
    expect(parseDateQuery('ségur')).toBeNull();
    expect(parseDateQuery('vague 2')).toBeNull();
    expect(parseDateQuery('12345')).toBeNull();
  });

  it('keeps a milestone in a period only when its whole date lies inside', () => {
    expect(isWithinPeriod('2025-03-14', '2025')).toBe(true);
    expect(isWithinPeriod('2025-Q1', '2025-03')).toBe(false);
    expect(isWithinPeriod('2025-03', '2025-Q1')).toBe(true);
    expect(isWithinPeriod('2025', '2025-H1')).toBe(false);
  });
});
