/**
 * What counts as part of a word, for the matcher's boundaries: "INS" is not
 * in "INSEE" or "INSi", nor "Ségur" in "Ségurs". Latin letters and digits,
 * and, outside Latin, everything but the general and CJK punctuation
 * blocks, the kinds of space, hyphen and apostrophe, and surrogate pairs
 * (emoji), so that "INS" glued to CJK text is not a word but "😀INS" is.
 */
const LATIN_LIMIT = 0x250;
const SEPARATORS = new Set([
  0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0x2019, 0x2018, 0x02bc, 0xa0,
]);
const LATIN_WORD = /[\p{L}\p{N}]/u;

export function isWordCode(code: number): boolean {
  if (Number.isNaN(code) || SEPARATORS.has(code)) return false;
  if (code < LATIN_LIMIT) return LATIN_WORD.test(String.fromCharCode(code));
  return !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xd800 && code <= 0xdfff);
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The same rule as a regex character class (UTF-16 code units, no `u` flag). */
export function wordCharClass(): string {
  const ranges: string[] = [];
  let start = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const word = code < 0x10000 && isWordCode(code);
    if (word && start < 0) start = code;
    if (!word && start >= 0) {
      ranges.push(start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`);
      start = -1;
    }
  }
  return `[${ranges.join('')}]`;
}
