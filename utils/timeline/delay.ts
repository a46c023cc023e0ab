import type { Language } from '../dates/format-date';

/**
 * A slip's delay, in the words and the colour band a reader sees. Four
 * bands, so that the roadmap's colours stay few enough to tell apart and to
 * name in a legend.
 */
export const DELAY_BANDS = [
  { band: 0, upToDays: 91 },
  { band: 1, upToDays: 365 },
  { band: 2, upToDays: 730 },
  { band: 3, upToDays: Infinity },
] as const;

export type DelayBand = (typeof DELAY_BANDS)[number]['band'];

export function delayBand(delayDays: number): DelayBand {
  return DELAY_BANDS.find((entry) => delayDays <= entry.upToDays)!.band;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** "3 mois", "1 an et 2 mois", "12 jours" / "3 months", "1 year 2 months", "12 days". */
export function formatDelay(delayDays: number, language: Language): string {
  const fr = language === 'fr';
  if (delayDays < 45) return fr ? `${delayDays} jour${delayDays > 1 ? 's' : ''}` : `${delayDays} day${delayDays === 1 ? '' : 's'}`;
  const totalMonths = Math.round(delayDays / DAYS_PER_MONTH);
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const yearText = fr ? `${years} an${years > 1 ? 's' : ''}` : `${years} year${years > 1 ? 's' : ''}`;
  const monthText = fr ? `${months} mois` : `${months} month${months > 1 ? 's' : ''}`;
  if (years === 0) return monthText;
  if (months === 0) return yearText;
  return fr ? `${yearText} et ${monthText}` : `${yearText} ${monthText}`;
}

/** The legend's words for each band. */
export const DELAY_BAND_LABELS: Record<DelayBand, Record<Language, string>> = {
  0: { fr: 'jusqu’à 3 mois', en: 'up to 3 months' },
  1: { fr: '3 à 12 mois', en: '3 to 12 months' },
  2: { fr: '1 à 2 ans', en: '1 to 2 years' },
  3: { fr: 'plus de 2 ans', en: 'over 2 years' },
};
