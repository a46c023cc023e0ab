import { earliestDay, isValidPartialDate, latestDay } from '../dates/partial-date';
import { stripAccents } from '../text/fold';

/**
 * Dates as readers type them into the search box, in French or English:
 * "2025", "mars 2026", "March 2026", "T1 2027", "Q1 2027", "1er trimestre
 * 2027", "S2 2026", "H2 2026", "2e semestre 2026", "2026-03", "2027-Q1".
 * The date found is returned as a partial date (utils/dates/partial-date.ts),
 * with what is left of the query for the text search ("ségur 2025").
 */
export interface DateQuery {
  /** A partial date: "2025", "2026-03", "2027-Q1", "2026-H2". */
  period: string;
  /** The query without the date, for the text search ("" when only a date was typed). */
  rest: string;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['janvier', 'january', 'janv', 'jan'],
  ['fevrier', 'february', 'fevr', 'feb', 'fev'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'avr', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'juil', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const YEAR = '((?:19|20)\\d{2})';
const ORDINAL = '([1-4])\\s*(?:er|ere|re|e|eme|nd|st|rd|th)?';
const month = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Each pattern and how it names its period; tried in order, the first that matches wins. */
const PATTERNS: { pattern: RegExp; period: (match: RegExpExecArray) => string | null }[] = [
  { pattern: new RegExp(`\\b${YEAR}-(q[1-4]|h[12])\\b`), period: (m) => `${m[1]}-${m[2]!.toUpperCase()}` },
  { pattern: new RegExp(`\\b${YEAR}-(0[1-9]|1[0-2])\\b`), period: (m) => `${m[1]}-${m[2]}` },
  { pattern: new RegExp(`\\b(?:t|q)([1-4])\\s*${YEAR}\\b`), period: (m) => `${m[2]}-Q${m[1]}` },
  { pattern: new RegExp(`\\b(?:s|h)([12])\\s*${YEAR}\\b`), period: (m) => `${m[2]}-H${m[1]}` },
  {
    pattern: new RegExp(`\\b${ORDINAL}\\s+(?:trimestre|quarter)\\s+(?:de\\s+|of\\s+)?${YEAR}\\b`),
    period: (m) => `${m[2]}-Q${m[1]}`,
  },
  {
    pattern: new RegExp(`\\b${ORDINAL}\\s+(?:semestre|half)\\s+(?:de\\s+|of\\s+)?${YEAR}\\b`),
    period: (m) => (Number(m[1]) <= 2 ? `${m[2]}-H${m[1]}` : null),
  },
  {
    pattern: new RegExp(`\\b(${month})\\.?\\s+(?:de\\s+)?${YEAR}\\b`),
    period: (m) => `${m[2]}-${String(MONTHS[m[1]!]).padStart(2, '0')}`,
  },
  { pattern: new RegExp(`\\b${YEAR}\\b`), period: (m) => m[1]! },
];

/** The date a query names, if any (accents and case do not matter). */
export function parseDateQuery(typed: string): DateQuery | null {
  const query = typed.normalize('NFC');
  const folded = stripAccents(query).toLowerCase();
  for (const { pattern, period } of PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const found = period(match);
    if (!found || !isValidPartialDate(found)) continue;
    // In NFC text, stripping accents keeps every character's position, so
    // the match's indexes fit the query as typed.
    const rest = `${query.slice(0, match.index)} ${query.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
    return { period: found, rest };
  }
  return null;
}

/** Whether a milestone's date lies wholly within the period ("2025-03" is in "2025"; "2025" is not in "2025-03"). */
export function isWithinPeriod(date: string, period: string): boolean {
  return earliestDay(date) >= earliestDay(period) && latestDay(date) <= latestDay(period);
}
