/**
 * The one folding of text, for everything that compares words: the
 * matcher's spellings and keys, the dataset's duplicate-alias check, and
 * search. What French writers vary without changing the word: accents,
 * case, kinds of space, hyphen and apostrophe.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
export const SPACE_CHARS = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
export const HYPHEN_CHARS = '\\-\\u2010-\\u2013\\u2212';
const APOSTROPHE_CHARS = "'\\u2019\\u2018\\u02bc`\\u00b4";
const ANY_SPACE = new RegExp(`[${SPACE_CHARS}]+`, 'g');
const ANY_HYPHEN = new RegExp(`[${HYPHEN_CHARS}]`, 'g');
const ANY_APOSTROPHE = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** One space, one hyphen, one apostrophe: the separators, unified. */
export function unifySeparators(text: string): string {
  return text.replace(ANY_SPACE, ' ').replace(ANY_HYPHEN, '-').replace(ANY_APOSTROPHE, "'").trim();
}
