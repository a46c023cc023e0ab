import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../utils/dates/format-date';
import { formatFigureValue } from '../../../utils/dates/format-number';
import { comparePartialDates, earliestDay, isValidPartialDate, latestDay, precisionOf } from '../../../utils/dates/partial-date';
import { compareVersions } from '../../../utils/dataset/compare-versions';
import { nextCheckDelay } from '../../../utils/dataset/sync-schedule';

describe('partial dates', () => {
  it('knows their precision and their first and last days', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-02')).toBe('month');
    expect(precisionOf('2024-02-29')).toBe('day');
    expect(earliestDay('2024')).toBe('2024-01-01');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2024')).toBe('2024-12-31');
  });

  it('knows quarters and halves, as sources say "T1 2027" or "second semestre 2026"', () => {
    expect(precisionOf('2027-Q1')).toBe('quarter');
    expect(precisionOf('2026-H2')).toBe('half');
    expect(earliestDay('2027-Q2')).toBe('2027-04-01');
    expect(latestDay('2027-Q1')).toBe('2027-03-31');
    expect(latestDay('2026-H1')).toBe('2026-06-30');
    expect(earliestDay('2026-H2')).toBe('2026-07-01');
    expect(isValidPartialDate('2027-Q5')).toBe(false);
    expect(isValidPartialDate('2027-H3')).toBe(false);
    expect(formatPartialDate('2027-Q1', 'fr')).toBe('T1 2027');
    expect(formatPartialDate('2027-Q1', 'en')).toBe('Q1 2027');
    expect(formatPartialDate('2026-H2', 'fr')).toBe('2e semestre 2026');
    expect(formatPartialDate('2026-H1', 'en')).toBe('first half of 2026');
  });

  it('sorts partial dates by their first day, the less precise first', () => {
    const sorted = ['2025-03', '2025-Q1', '2025', '2024-12-31', '2025-H1'].sort(comparePartialDates);
    expect(sorted).toEqual(['2024-12-31', '2025', '2025-H1', '2025-Q1', '2025-03']);
  });

  it('rejects impossible dates', () => {
    expect(isValidPartialDate('2023-02-29')).toBe(false);
    expect(isValidPartialDate('2024-13')).toBe(false);
    expect(isValidPartialDate('24-01-01')).toBe(false);
    expect(isValidPartialDate('2024-02-29')).toBe(true);
  });

  it('writes every day and month of 2015–2030 as Intl does for fr-FR and en-GB', () => {
    for (const [language, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']] as const) {
      const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let time = Date.UTC(2015, 0, 1); time <= Date.UTC(2030, 11, 31); time += 86_400_000) {
        const day = new Date(time).toISOString().slice(0, 10);
        const expected = days.format(time);
        // French writes the first of the month as an ordinal, which Intl does not.
        expect(formatPartialDate(day, language)).toBe(language === 'fr' && day.endsWith('-01') ? expected.replace(/^1 /, '1er ') : expected);
        if (day.endsWith('-01')) expect(formatPartialDate(day.slice(0, 7), language)).toBe(months.format(time));
      }
    }
  });

  it('formats as a French or English reader writes them', () => {
    expect(formatPartialDate('2022-06-28', 'fr')).toBe('28 juin 2022');
    expect(formatPartialDate('2025-01-01', 'fr')).toBe('1er janvier 2025');
    expect(formatPartialDate('2025-01', 'fr')).toBe('janvier 2025');
    expect(formatPartialDate('2024', 'fr')).toBe('2024');
    expect(formatPartialDate('2022-06-28', 'en')).toBe('28 June 2022');
  });
});

describe('figures', () => {
  it('formats counts, percentages and euros', () => {
    expect(formatFigureValue({ value: 24_000_000, unit: 'count' }, 'fr')).toBe('24 millions');
    expect(formatFigureValue({ value: 97, unit: 'percent' }, 'fr')).toBe('97\u00a0%'.replace('\u00a0', ' '));
    expect(formatFigureValue({ value: 2_000_000_000, unit: 'eur' }, 'fr')).toBe('2 milliards d’euros');
    expect(formatFigureValue({ value: 1_800_000, unit: 'count' }, 'en')).toBe('1.8 million');
    expect(formatFigureValue({ value: 974, unit: 'count' }, 'fr')).toBe('974');
  });
});

describe('dataset versions and update scheduling', () => {
  it('compares dotted versions numerically', () => {
    expect(compareVersions('2026.11.23', '2026.11.23')).toBe(0);
    expect(compareVersions('2026.11.23.1', '2026.11.23')).toBeGreaterThan(0);
    expect(compareVersions('2026.2.1', '2026.11.1')).toBeLessThan(0);
  });

  it('waits the interval ±10 % after a success and backs off exponentially after failures', () => {
    const hour = 3_600_000;
    expect(nextCheckDelay({ consecutiveFailures: 0, intervalHours: 6, random: 0 })).toBe(5.4 * hour);
    expect(nextCheckDelay({ consecutiveFailures: 0, intervalHours: 6, random: 1 })).toBe(6.6 * hour);
    const minute = 60_000;
    expect(nextCheckDelay({ consecutiveFailures: 1, intervalHours: 6, random: 1 })).toBe(5 * minute);
    expect(nextCheckDelay({ consecutiveFailures: 1, intervalHours: 6, random: 0 })).toBe(2.5 * minute);
    expect(nextCheckDelay({ consecutiveFailures: 3, intervalHours: 6, random: 1 })).toBe(20 * minute);
    expect(nextCheckDelay({ consecutiveFailures: 30, intervalHours: 6, random: 1 })).toBe(6 * hour);
  });
});
