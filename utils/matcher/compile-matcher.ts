import {
  FOLD,
  foldString,
  HYPHEN,
  IS_WORD,
  SPACE,
  unaccentedWordChars,
} from './char-tables';

/** One alias of one term, as the matcher needs it. */
export interface MatcherAlias {
  termId: string;
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  plural?: boolean;
  frenchWord?: boolean;
}

/** A found alias: `text.slice(start, end)` names the term `termId`. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  ambiguous: boolean;
}

export interface Matcher {
  /**
   * Every alias in `text`, left to right, never overlapping, longest first.
   * With `from`/`to`, only aliases starting in that window (a match may end
   * past `to`), so a huge text can be read in pieces with the same result.
   */
  findMatches(text: string, from?: number, to?: number): TermMatch[];
  /** Whether `text` (or the window) holds at least one alias; stops at the first. */
  hasMatch(text: string, from?: number, to?: number): boolean;
}

interface AliasEnd {
  alias: MatcherAlias;
  /** For case-sensitive aliases: its letters and digits, unaccented, case kept. */
  exactLetters: string | null;
}

/**
 * Spellings one alias stands for: where it has a hyphen, writers also use a
 * space or nothing ("e-CPS", "e CPS", "eCPS"); with `plural`, a final "s".
 */
function spellingsOf(alias: MatcherAlias): string[] {
  const folded = foldString(alias.text.normalize('NFC').trim()).replace(/ +/g, ' ');
  const [first = '', ...rest] = folded.split('-');
  let spellings = [first];
  for (const part of rest) {
    spellings = spellings.flatMap((spelling) => ['-', ' ', ''].map((joiner) => spelling + joiner + part));
  }
  if (alias.plural) spellings = spellings.flatMap((spelling) => [spelling, `${spelling}s`]);
  return spellings;
}

/**
 * "ANS" is an agency, but "IL Y A 20 ANS" is a headline about years. An alias
 * that is also a French word is ignored right after a number, or when a
 * neighbouring word of two or more letters is in capitals too.
 */
function isFrenchWordInCapitals(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\d\s*$/.test(before)) return true;
  const after = text.slice(end, end + 40);
  const neighbours = [...(before.match(/\p{L}+/gu) ?? []).slice(-2), ...(after.match(/\p{L}+/gu) ?? []).slice(0, 2)];
  return neighbours.some((word) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase());
}

/**
 * Compiles every alias of the installed dataset into one trie over folded
 * characters, walked only from word starts. Measured in V8 on 1 MB of French
 * prose: about 3 ms, where one compiled regular expression of the same ~170
 * aliases took 70–750 ms (an alternation defeats the regex engine's skip
 * tables). The trie's transitions live in one typed array so the hot loop
 * does no allocation and no hashing.
 */
export function compileMatcher(aliases: readonly MatcherAlias[]): Matcher {
  // Symbols: 0 means "no alias uses this character"; the folded characters
  // the aliases use are numbered from 1.
  const symbolOf = new Uint8Array(0x10000);
  let symbolCount = 1;
  const symbolFor = (code: number) => {
    if (symbolOf[code] === 0) {
      if (symbolCount === 255) throw new Error('too many distinct characters in aliases');
      symbolOf[code] = symbolCount++;
    }
    return symbolOf[code]!;
  };
  symbolFor(SPACE);

  // Build the trie with maps, then flatten it.
  const children: Map<number, number>[] = [new Map()];
  const ends: (AliasEnd[] | undefined)[] = [undefined];
  for (const alias of aliases) {
    const exactLetters = alias.caseSensitive ? unaccentedWordChars(alias.text.normalize('NFC')) : null;
    for (const spelling of spellingsOf(alias)) {
      let node = 0;
      for (let i = 0; i < spelling.length; i++) {
        const symbol = symbolFor(spelling.charCodeAt(i));
        let next = children[node]!.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push(undefined);
          children[node]!.set(symbol, next);
        }
        node = next;
      }
      if (node === 0) continue;
      const list = (ends[node] ??= []);
      if (!list.some((end) => end.alias === alias)) list.push({ alias, exactLetters });
    }
  }
  const width = symbolCount;
  const transitions = new Int32Array(children.length * width);
  children.forEach((map, node) => map.forEach((next, symbol) => (transitions[node * width + symbol] = next)));
  // Which folded characters can start an alias: the cheap first test.
  // The trie node after each possible first character (0: no alias starts so).
  const afterFirst = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const symbol = symbolOf[FOLD[code]!]!;
    if (symbol !== 0) afterFirst[code] = transitions[symbol]!;
  }
  const spaceSymbol = symbolOf[SPACE]!;

  const accepts = (text: string, start: number, end: number, entry: AliasEnd): boolean => {
    if (entry.exactLetters !== null) {
      const letters = unaccentedWordChars(text.slice(start, end));
      const plural = entry.alias.plural && (letters === `${entry.exactLetters}s` || letters === `${entry.exactLetters}S`);
      if (letters !== entry.exactLetters && !plural) return false;
    }
    if (entry.alias.frenchWord && isFrenchWordInCapitals(text, start, end)) return false;
    return true;
  };

  // A match must not run on into the next word: "INS" is not in "INSEE" or
  // "INSi". After a hyphen, a one- or two-character suffix makes another
  // identifier ("INS-C"), while a word is a compound ("CépiDc-Inserm").
  const endsWord = (text: string, end: number): boolean => {
    const next = text.charCodeAt(end);
    if (Number.isNaN(next)) return true;
    if (IS_WORD[next]) return false;
    if (FOLD[next] !== HYPHEN) return true;
    let suffix = 0;
    while (IS_WORD[text.charCodeAt(end + 1 + suffix)]) suffix++;
    return suffix === 0 || suffix > 2;
  };

  /** The longest acceptable alias starting at `start`, or null. */
  const longestAt = (text: string, start: number): TermMatch | null => {
    let node = 0;
    let best: TermMatch | null = null;
    let previousSymbol = 0;
    for (let i = start; i < text.length; i++) {
      const symbol = symbolOf[FOLD[text.charCodeAt(i)]!]!;
      // A run of spaces reads as one space ("Mon  espace\n santé").
      if (symbol === spaceSymbol && previousSymbol === spaceSymbol) continue;
      previousSymbol = symbol;
      if (symbol === 0) break;
      node = transitions[node * width + symbol]!;
      if (node === 0) break;
      const atEnd = ends[node];
      if (atEnd !== undefined && endsWord(text, i + 1)) {
        const entry = atEnd.find((candidate) => accepts(text, start, i + 1, candidate));
        if (entry) best = { start, end: i + 1, termId: entry.alias.termId, ambiguous: entry.alias.ambiguous };
      }
    }
    return best;
  };

  const startsWord = (text: string, i: number): boolean => {
    const before = text.charCodeAt(i - 1);
    if (Number.isNaN(before)) return true;
    if (IS_WORD[before]) return false;
    // "pré-INS" continues a word; "l'INS" and "(INS)" do not.
    if (FOLD[before] === HYPHEN && IS_WORD[text.charCodeAt(i - 2)]) return false;
    return true;
  };

  /**
   * The hot loop: two typed-array reads per character. Only at a word start
   * whose first two characters begin some alias does the full walk run
   * (most word starts fail at the second character).
   */
  function scan(text: string, stopAtFirst: boolean, from: number, to: number): TermMatch[] {
    const matches: TermMatch[] = [];
    const end = Math.min(to, text.length);
    let previousIsWord = from > 0 ? IS_WORD[text.charCodeAt(from - 1)]! : 0;
    for (let i = Math.max(0, from); i < end; i++) {
      const code = text.charCodeAt(i);
      const isWord = IS_WORD[code]!;
      if (previousIsWord === 0) {
        const first = afterFirst[code]!;
        if (first !== 0) {
          const second = symbolOf[FOLD[text.charCodeAt(i + 1)]!]!;
          if ((ends[first] !== undefined || transitions[first * width + second] !== 0) && startsWord(text, i)) {
            const match = longestAt(text, i);
            if (match) {
              matches.push(match);
              if (stopAtFirst) return matches;
              i = match.end - 1;
              previousIsWord = 1;
              continue;
            }
          }
        }
      }
      previousIsWord = isWord;
    }
    return matches;
  }

  return {
    findMatches: (text, from = 0, to = text.length) => scan(text, false, from, to),
    hasMatch: (text, from = 0, to = text.length) => scan(text, true, from, to).length > 0,
  };
}
