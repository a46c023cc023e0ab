import { periodNumberOf, precisionOf, yearOf } from './partial-date';

export type Language = 'fr' | 'en';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

// Making an Intl.DateTimeFormat costs far more than using one, and the
// roadmap formats thousands of dates: one formatter per language and style.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, style: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let found = FORMATTERS.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], {
      ...(style === 'day' ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    FORMATTERS.set(key, found);
  }
  return found;
}

/**
 * A partial date as a reader writes it: "28 juin 2022", "juin 2022",
 * "T1 2027", "2e semestre 2026", "2022" ("1er janvier 2025": French uses an
 * ordinal for the first of the month). Dates are calendar days, formatted in
 * UTC so no time zone shifts them.
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
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (precision === 'month') return formatter(language, 'month').format(value);
  const formatted = formatter(language, 'day').format(value);
  return language === 'fr' && day === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
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
