import type { Language } from '../dates/format-date';

export type Translate<Key extends string> = (key: Key, parameters?: Record<string, string | number>) => string;

/**
 * Fills a sentence's {name} parameters. The result is always shown as text
 * (Preact text nodes), so a parameter can never inject markup.
 */
export function makeTranslator<Key extends string>(
  tables: Record<Language, Record<Key, string>>,
  language: Language,
): Translate<Key> {
  const table = tables[language];
  return (key, parameters = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in parameters ? String(parameters[name]) : whole));
}
