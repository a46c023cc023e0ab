/**
 * Per-character lookup tables for the matcher's hot loop. Looking a UTF-16
 * code unit up in a typed array is the cheapest test V8 offers, and the
 * matcher runs it once per character of every page, so folding (case,
 * accents, kinds of space, hyphen and apostrophe) is precomputed here once.
 */

export const SPACE = 0x20;
export const HYPHEN = 0x2d;
export const APOSTROPHE = 0x27;

// Below this code point letters are Latin and are folded individually;
// above it no alias character can occur, only boundaries matter.
const LATIN_LIMIT = 0x250;

const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const HYPHENS = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212];
const APOSTROPHES = [0x27, 0x2019, 0x2018, 0x02bc, 0x60, 0xb4];

/** Folded form of each code unit: lowercase, unaccented, one space, one hyphen, one apostrophe. */
export const FOLD = new Uint16Array(0x10000);
/** Each code unit without its accent, case kept (for case-sensitive aliases). */
export const UNACCENTED = new Uint16Array(0x10000);
/** 1 where the code unit is a letter or digit, i.e. part of a word. */
export const IS_WORD = new Uint8Array(0x10000);

function buildTables(): void {
  for (let code = 0; code < 0x10000; code++) {
    FOLD[code] = code;
    UNACCENTED[code] = code;
    // Outside Latin, treat everything as a word character except the
    // punctuation and space blocks, so "INS" glued to CJK text is not a word.
    IS_WORD[code] = code >= LATIN_LIMIT && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) ? 1 : 0;
  }
  for (let code = 0; code < LATIN_LIMIT; code++) {
    const char = String.fromCharCode(code);
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    IS_WORD[code] = 1;
    const base = char.normalize('NFD').charCodeAt(0);
    UNACCENTED[code] = base;
    const lower = String.fromCharCode(base).toLowerCase();
    FOLD[code] = lower.length === 1 ? lower.charCodeAt(0) : base;
  }
  for (const code of SPACES) {
    FOLD[code] = SPACE;
    IS_WORD[code] = 0;
  }
  for (const code of HYPHENS) {
    FOLD[code] = HYPHEN;
    IS_WORD[code] = 0;
  }
  for (const code of APOSTROPHES) {
    FOLD[code] = APOSTROPHE;
    IS_WORD[code] = 0;
  }
}
buildTables();

export function foldString(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
  return folded;
}

export function unaccentedWordChars(text: string): string {
  let letters = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IS_WORD[code]) letters += String.fromCharCode(UNACCENTED[code]!);
  }
  return letters;
}
