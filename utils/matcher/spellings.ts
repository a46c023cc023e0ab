import { stripAccents, unifySeparators } from '../text/fold';
import type { MatcherAlias } from './matcher-alias';

/**
 * The literal spellings a writer uses for one alias, which the matcher's
 * regular expressions list one by one (see compile-matcher.ts for why
 * literals). Written with one plain space between words and a straight
 * or curly apostrophe, as text is before matching (prepare-text.ts):
 * - accents as in the alias or left out, word by word ("Ségur numerique");
 * - each hyphen as a hyphen, a space or nothing ("e-CPS", "e CPS", "eCPS");
 * - acronyms (case-sensitive aliases) also in capitals ("APCV",
 *   "MSSANTÉ"), and with a plural "s" where the alias allows it;
 * - names (case-insensitive aliases) in lower case: the regex ignores case.
 */

/** Above this many accented words, only "all accents" and "none" are listed. */
const MAX_ACCENT_VARIANTS = 16;

function accentVariants(text: string): string[] {
  const words = text.split(' ');
  const accented = words.map((word, index) => (stripAccents(word) !== word ? index : -1)).filter((index) => index >= 0);
  if (accented.length === 0) return [text];
  if (2 ** accented.length > MAX_ACCENT_VARIANTS) return [text, stripAccents(text)];
  const variants: string[] = [];
  for (let mask = 0; mask < 2 ** accented.length; mask++) {
    const copy = [...words];
    accented.forEach((index, bit) => {
      if (mask & (1 << bit)) copy[index] = stripAccents(copy[index]!);
    });
    variants.push(copy.join(' '));
  }
  return variants;
}

function hyphenVariants(text: string): string[] {
  const [first = '', ...rest] = text.split('-');
  let joined = [first];
  for (const part of rest) joined = joined.flatMap((head) => [`${head}-${part}`, `${head} ${part}`, head + part]);
  return joined;
}

function apostropheVariants(text: string): string[] {
  return text.includes("'") ? [text, text.replace(/'/g, '’')] : [text];
}

export function literalSpellings(alias: Pick<MatcherAlias, 'text' | 'caseSensitive' | 'plural'>): string[] {
  const base = unifySeparators(alias.text.normalize('NFC'));
  let spellings = accentVariants(base);
  if (alias.caseSensitive) {
    spellings = spellings.flatMap((spelling) => [spelling, spelling.toUpperCase()]);
    if (alias.plural) spellings = spellings.flatMap((spelling) => [spelling, `${spelling}s`, `${spelling}S`]);
  } else {
    spellings = spellings.map((spelling) => spelling.toLowerCase());
    if (alias.plural) spellings = spellings.flatMap((spelling) => [spelling, `${spelling}s`]);
  }
  return [...new Set(spellings.flatMap(hyphenVariants).flatMap(apostropheVariants))];
}

/**
 * What a matched piece of text is looked up by: as it is for acronyms,
 * lower-cased for names, apostrophes straight.
 */
export function spellingKey(text: string, caseSensitive: boolean): string {
  const straight = text.replace(/’/g, "'");
  return caseSensitive ? straight : straight.toLowerCase();
}
