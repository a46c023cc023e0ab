import { periodNumberOf, precisionOf, yearOf } from './partial-date';

export type Language = 'fr' | 'en';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Month names as fr-FR and en-GB write them. Dates are formatted from this
 * table rather than by Intl.DateTimeFormat: the first formatter a page makes
 * loads the locale's data, which cost 20 ms of the popup's first screen and
 * 13 ms of the roadmap page (profiled, Chromium 156), for words that never
 * change. A unit test holds this table to Intl's own output.
 */
const MONTHS: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A partial date as a reader writes it: "28 juin 2022", "juin 2022",
 * "T1 2027", "2e semestre 2026", "2022" ("1er janvier 2025": French uses an
 * ordinal for the first of the month). Dates are calendar days: no time
 * zone can shift them.
 */
export function formatPartialDate(date: string, language: Language): string {
  const precision = precisionOf(date);
  if (precision === 'year') return date;
  if (precision === 'quarter') {
    const quarter = periodNumberOf(date);
    return language === 'fr' ? `T${quarter} ${yearOf(date)}` : `Q${quarter} ${yearOf(date)}`;
  }
  if (precision === 'half') {
    const half = periodNumberOf(date);
    return language === 'fr'
      ? `${half === 1 ? '1er' : '2e'} semestre ${yearOf(date)}`
      : `${half === 1 ? 'first' : 'second'} half of ${yearOf(date)}`;
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const monthYear = `${MONTHS[language][month - 1]} ${year}`;
  if (precision === 'month' || day === undefined) return monthYear;
  return `${language === 'fr' && day === 1 ? '1er' : day} ${monthYear}`;
}

/** A timestamp as "23 nov. 2026, 14:05" in the reader's own time zone. */
export function formatTimestamp(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today as YYYY-MM-DD, in the reader's own calendar. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
