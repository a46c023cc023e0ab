/**
 * How old a card's facts are, against a `today` the caller passes in (never
 * the clock: a card rendered in a test or a welcome page must be
 * reproducible). Days are ISO calendar days (YYYY-MM-DD).
 */

/** A status last checked longer ago than this gets a quiet warning. */
const REVIEW_WARNING_MONTHS = 6;
/** A figure describing a day longer ago than this is history, not the present. */
const FIGURE_HISTORY_MONTHS = 24;

/**
 * The same day `months` earlier, kept inside the month it lands in
 * ("2026-08-31" six months earlier is "2026-02-28").
 */
export function dayMonthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
}

/** Whether the status was last checked more than six months before today. */
export function isReviewOld(reviewedAt: string, today: string): boolean {
  return reviewedAt < dayMonthsBefore(today, REVIEW_WARNING_MONTHS);
}

/** Whether a figure describes a day more than two years before today. */
export function isHistoricFigure(asOf: string, today: string): boolean {
  return asOf < dayMonthsBefore(today, FIGURE_HISTORY_MONTHS);
}
