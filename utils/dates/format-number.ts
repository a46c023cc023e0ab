import type { Figure } from '../dataset/schema';
import type { Language } from './format-date';

// Making an Intl.NumberFormat costs far more than using one (its locale data
// loads then): one per language and style, made when first needed.
const FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, style: 'percent' | 'compact' | 'standard'): Intl.NumberFormat {
  const key = `${locale}:${style}`;
  let found = FORMATS.get(key);
  if (!found) {
    found = new Intl.NumberFormat(
      locale,
      style === 'percent'
        ? { maximumFractionDigits: 1 }
        : { notation: style, compactDisplay: 'long', maximumFractionDigits: style === 'compact' ? 2 : 0 },
    );
    FORMATS.set(key, found);
  }
  return found;
}

/** "24 millions", "97 %", "2 milliards d'euros": figures as a French reader expects them. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit'>, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (figure.unit === 'percent') {
    return numberFormat(locale, 'percent').format(figure.value) + (language === 'fr' ? ' %' : '%');
  }
  const compact = Math.abs(figure.value) >= 1_000_000;
  const number = numberFormat(locale, compact ? 'compact' : 'standard').format(figure.value);
  if (figure.unit === 'eur') {
    if (language === 'en') return `€${number}`;
    return compact ? `${number} d’euros` : `${number} €`;
  }
  return number;
}
