/**
 * A date known only as precisely as its source gives it: a year ("2025"), a
 * half ("2025-H2"), a quarter ("2025-Q1"), a month ("2025-01") or a day
 * ("2025-01-01"). Milestones use it because sources say "fin 2024", "T1 2027"
 * or "en janvier 2022", and inventing a day would invent a fact.
 */
export type DatePrecision = 'year' | 'half' | 'quarter' | 'month' | 'day';

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

interface Parts {
  year: number;
  precision: DatePrecision;
  /** First and last month (1–12) the date covers. */
  firstMonth: number;
  lastMonth: number;
  day?: number;
}

function parse(text: string): Parts | null {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return null;
  const [, yearText, half, quarter, month, day] = match;
  const year = Number(yearText);
  if (half) return { year, precision: 'half', firstMonth: half === '1' ? 1 : 7, lastMonth: half === '1' ? 6 : 12 };
  if (quarter) {
    const first = (Number(quarter) - 1) * 3 + 1;
    return { year, precision: 'quarter', firstMonth: first, lastMonth: first + 2 };
  }
  if (month === undefined) return { year, precision: 'year', firstMonth: 1, lastMonth: 12 };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  if (day === undefined) return { year, precision: 'month', firstMonth: monthNumber, lastMonth: monthNumber };
  const date = new Date(Date.UTC(year, monthNumber - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return null;
  return { year, precision: 'day', firstMonth: monthNumber, lastMonth: monthNumber, day: Number(day) };
}

function required(text: string): Parts {
  const parts = parse(text);
  if (!parts) throw new Error(`not a partial date: "${text}"`);
  return parts;
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isValidPartialDate(text: string): boolean {
  return parse(text) !== null;
}

export function precisionOf(date: string): DatePrecision {
  return required(date).precision;
}

/** The quarter (1–4) or half (1–2) a date of that precision names. */
export function periodNumberOf(date: string): number {
  const { precision, firstMonth } = required(date);
  if (precision === 'half') return firstMonth === 1 ? 1 : 2;
  return Math.ceil(firstMonth / 3);
}

/**
 * The first day the partial date can mean ("2024" → "2024-01-01",
 * "2024-Q2" → "2024-04-01"), so that partial dates sort and compare with
 * full ISO dates as plain strings.
 */
export function earliestDay(date: string): string {
  const { year, firstMonth, day } = required(date);
  return `${year}-${pad(firstMonth)}-${pad(day ?? 1)}`;
}

/** The last day the partial date can mean ("2024" → "2024-12-31", "2024-H1" → "2024-06-30"). */
export function latestDay(date: string): string {
  const { year, lastMonth, day } = required(date);
  return `${year}-${pad(lastMonth)}-${pad(day ?? daysIn(year, lastMonth))}`;
}

export function yearOf(date: string): number {
  return required(date).year;
}

/** Orders partial dates by their first day, the less precise first on a tie ("2025" before "2025-01"). */
export function comparePartialDates(a: string, b: string): number {
  const left = earliestDay(a);
  const right = earliestDay(b);
  if (left !== right) return left < right ? -1 : 1;
  return latestDay(b) < latestDay(a) ? -1 : latestDay(b) > latestDay(a) ? 1 : 0;
}

/** The ISO day after `day` ("2024-12-31" → "2025-01-01"). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
