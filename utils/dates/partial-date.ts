/**
 * A date known to the day, the month or only the year: "2025", "2025-01" or
 * "2025-01-01". Milestones use it because sources often say "fin 2024" or
 * "en janvier 2022" and inventing a day would invent a fact.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidPartialDate(text: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

export function precisionOf(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * The first day the partial date can mean ("2024" → "2024-01-01"), so that
 * partial dates sort and compare with full ISO dates as plain strings.
 */
export function earliestDay(date: string): string {
  const precision = precisionOf(date);
  if (precision === 'year') return `${date}-01-01`;
  if (precision === 'month') return `${date}-01`;
  return date;
}

/** The last day the partial date can mean ("2024" → "2024-12-31"). */
export function latestDay(date: string): string {
  const precision = precisionOf(date);
  if (precision === 'day') return date;
  const [year, month] = date.split('-').map(Number) as [number, number?];
  if (precision === 'year') return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year, month!, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
