import type { Figure } from '../dataset/schema';
import type { Language } from './format-date';

/** "24 millions", "97 %", "2 milliards d'euros": figures as a French reader expects them. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit'>, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (figure.unit === 'percent') {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(figure.value) + (language === 'fr' ? ' %' : '%');
  }
  const compact = Math.abs(figure.value) >= 1_000_000;
  const number = new Intl.NumberFormat(locale, {
    notation: compact ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: compact ? 2 : 0,
  }).format(figure.value);
  if (figure.unit === 'eur') {
    if (language === 'en') return `€${number}`;
    return compact ? `${number} d’euros` : `${number} €`;
  }
  return number;
}
