import type { Language } from '../dates/format-date';
import type { Settings } from '../settings/settings';

/**
 * The options' choice when it is not "auto". On "auto", the first of the
 * browser's languages that Repère speaks (French or English); a browser set
 * only to other languages gets English, the more widely read of the two;
 * a browser that reports no language at all gets French, the product's own.
 */
export function resolveLanguage(setting: Settings['language'], browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  if (browserLanguages.length === 0) return 'fr';
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'en';
}
