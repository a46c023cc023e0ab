import { describe, expect, it } from 'vitest';
import { dayMonthsBefore, isHistoricFigure, isReviewOld } from '../../../utils/card/card-age';

describe('how old a card’s facts are', () => {
  it('counts months back on the calendar, kept inside short months and across years', () => {
    expect(dayMonthsBefore('2026-12-02', 6)).toBe('2026-06-02');
    expect(dayMonthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(dayMonthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(dayMonthsBefore('2026-03-15', 24)).toBe('2024-03-15');
    expect(dayMonthsBefore('2026-01-10', 1)).toBe('2025-12-10');
  });

  it('warns past six months of no review, and treats figures past two years as history', () => {
    expect(isReviewOld('2026-06-02', '2026-12-02')).toBe(false);
    expect(isReviewOld('2026-06-01', '2026-12-02')).toBe(true);
    expect(isHistoricFigure('2024-12-02', '2026-12-02')).toBe(false);
    expect(isHistoricFigure('2024-12-01', '2026-12-02')).toBe(true);
  });
});
