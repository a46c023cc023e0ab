import { HYPHEN_CHARS, SPACE_CHARS } from '../text/fold';

/**
 * Text as the matcher's literal spellings expect it: every kind of space a
 * plain space, every hyphen "-", rare apostrophes straight (the curly one
 * is spelt out, being the usual one in French), runs of spaces as one and
 * combining accents dropped. Most text is already so and is used as it is;
 * otherwise `offsets` maps each character back to its place in the
 * original, so marks land on the page's own text.
 */
export interface PreparedText {
  text: string;
  /** offsets[i]: where character i of `text` is in the original; null when they are the same. */
  offsets: Int32Array | null;
  originalLength: number;
}

// One character class each, never an alternation: V8 scans a lone class
// natively at full speed, where "class|literal" cost ~10 ms per MB.
const ODD = new RegExp(`[${SPACE_CHARS.replace(' ', '')}${HYPHEN_CHARS.replace('\\-', '')}\\u2018\\u02bc\`\\u00b4\\u0300-\\u036f]`);
const ODD_SPACE = new RegExp(`[${SPACE_CHARS.replace(' ', '')}]`, 'g');
const ODD_HYPHEN = new RegExp(`[${HYPHEN_CHARS.replace('\\-', '')}]`, 'g');
const ODD_APOSTROPHE = /[\u2018\u02bc`\u00b4]/g;
const COMBINING = /[\u0300-\u036f]/;

export function prepareText(original: string): PreparedText {
  if (!ODD.test(original) && !original.includes('  ')) return { text: original, offsets: null, originalLength: original.length };
  // Same length, same offsets.
  const unified = original.replace(ODD_SPACE, ' ').replace(ODD_HYPHEN, '-').replace(ODD_APOSTROPHE, "'");
  if (!unified.includes('  ') && !COMBINING.test(unified)) return { text: unified, offsets: null, originalLength: original.length };
  const offsets = new Int32Array(unified.length);
  let text = '';
  for (let i = 0; i < unified.length; i++) {
    const code = unified.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    if (code === 0x20 && text.endsWith(' ')) continue;
    offsets[text.length] = i;
    text += unified[i];
  }
  return { text, offsets: offsets.subarray(0, text.length), originalLength: original.length };
}

/** A prepared offset as an offset in the original text. */
export function originalOffset(prepared: PreparedText, offset: number): number {
  if (!prepared.offsets) return offset;
  return offset >= prepared.text.length ? prepared.originalLength : prepared.offsets[offset]!;
}
