import type { Language } from '../dates/format-date';
import type { Settings } from '../settings/settings';

/**
 * French by default; English when the options say so, or, on "auto", when
 * the browser's own language is English.
 */
export function resolveLanguage(setting: Settings['language'], browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  const primary = browserLanguages[0]?.toLowerCase() ?? 'fr';
  return primary.startsWith('en') ? 'en' : 'fr';
}
