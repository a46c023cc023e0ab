/**
 * Text folding shared by the dataset checks and the matcher: what French
 * writers vary without changing the word (accents, kinds of space and hyphen).
 */

const COMBINING_MARKS = /\p{M}/gu;
const ANY_SPACE = /[\s\u00a0\u202f\u2007\u2009\u200a]+/g;
const ANY_HYPHEN = /[\u2010\u2011\u2012\u2013\u2014\u2212-]/g;

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * The identity of an alias for duplicate checks: "MSSanté" and "MSSante" are
 * the same alias; "e-CPS" and "E-CPS" are different ones when case matters.
 */
export function foldForComparison(text: string, { caseSensitive = false } = {}): string {
  const folded = stripAccents(text).replace(ANY_SPACE, ' ').replace(ANY_HYPHEN, '-').trim();
  return caseSensitive ? folded : folded.toLowerCase();
}
