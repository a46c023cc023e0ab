import type { MatcherAlias, TermMatch } from './matcher-alias';
import { originalOffset, prepareText, type PreparedText } from './prepare-text';
import { literalSpellings, spellingKey } from './spellings';
import { isWordCode, wordCharClass } from './word-chars';

export type { MatcherAlias, TermMatch };

/**
 * The matcher in a form that travels in a message: the background builds
 * it once from the installed aliases, and each page uses it as it is
 * (building it took ~5 ms of JavaScript per page and frame).
 */
export interface CompiledMatcher {
  aliases: MatcherAlias[];
  /** Regex sources of acronyms (case kept) and of names (flag `i`), each cut in pieces (see chunked). */
  patterns: { source: string; caseSensitive: boolean }[];
  /** Which aliases a matched spelling stands for (by spellingKey), in dataset order. */
  keys: { caseSensitive: Record<string, number[]>; caseInsensitive: Record<string, number[]> };
}

export interface Matcher {
  /**
   * Every alias in `text`, left to right, never overlapping, longest first.
   * With `from`/`to`, only aliases starting in that window (a match may end
   * past `to`), so a huge text can be read in pieces with the same result.
   */
  findMatches(text: string, from?: number, to?: number): TermMatch[];
  /** Whether `text` holds at least one alias; stops at the first. */
  hasMatch(text: string): boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Longest first: a regex alternation takes the first alternative that
 * fits. Cut into pieces of at most MAX_PATTERN_LENGTH characters: past
 * about 20,000, V8 stopped optimising one alternation and a 1 MB scan went
 * from 2 ms to 20–60 ms (measured in V8 11); several pieces cost the sum
 * of their scans.
 */
const MAX_PATTERN_LENGTH = 12_000;

export function chunkedAlternations(spellings: Iterable<string>): string[] {
  const sorted = [...new Set(spellings)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  const chunks: string[][] = [];
  let length = 0;
  for (const spelling of sorted) {
    if (chunks.length === 0 || length + spelling.length > MAX_PATTERN_LENGTH) {
      chunks.push([]);
      length = 0;
    }
    chunks.at(-1)!.push(spelling);
    length += spelling.length + 1;
  }
  return chunks.map((chunk) => chunk.join('|'));
}

/**
 * Why regular expressions of literal spellings: the browser's regex engine
 * looks at each character natively, where the same scan in JavaScript runs
 * unoptimised on a fresh page (a 1 MB health page: ~5 ms against 20–40 ms).
 * Literal spellings, not classes: in V8 a class such as [eé] or \s in a
 * large case-insensitive alternation made the scan 5–10× slower. A match
 * starts at \b (checked exactly afterwards, see startsWord) and must end
 * a word: not followed by a letter, nor by a hyphen and a one- or
 * two-character suffix ("INS-C" is another identifier; "CépiDc-Inserm" a
 * compound; "RNIV-1", a number, a version of the same). The regex backtracks to a shorter spelling when a longer one
 * does not end a word.
 */
function sourcesOf(spellings: string[]): string[] {
  const word = wordCharClass();
  // "-1" or "-2" is a version of the same thing ("RNIV-1"), not another identifier.
  const end = `(?!${word}|-(?![0-9]{1,2}(?!${word}))${word}{1,2}(?!${word}))`;
  const ascii = spellings.filter((spelling) => /^[A-Za-z0-9]/.test(spelling));
  const other = spellings.filter((spelling) => !/^[A-Za-z0-9]/.test(spelling));
  return [
    ...chunkedAlternations(ascii).map((chunk) => `\\b(?:${chunk})${end}`),
    ...chunkedAlternations(other).map((chunk) => `(?:${chunk})${end}`),
  ];
}

export function compileMatcherData(aliases: readonly MatcherAlias[]): CompiledMatcher {
  const keys: CompiledMatcher['keys'] = { caseSensitive: {}, caseInsensitive: {} };
  const spellings = { caseSensitive: [] as string[], caseInsensitive: [] as string[] };
  aliases.forEach((alias, index) => {
    const kind = alias.caseSensitive ? 'caseSensitive' : 'caseInsensitive';
    for (const spelling of literalSpellings(alias)) {
      spellings[kind].push(spelling);
      const key = spellingKey(spelling, alias.caseSensitive);
      const list = (keys[kind][key] ??= []);
      if (!list.includes(index)) list.push(index);
    }
  });
  return {
    aliases: [...aliases],
    patterns: [
      ...sourcesOf(spellings.caseSensitive).map((source) => ({ source, caseSensitive: true })),
      ...sourcesOf(spellings.caseInsensitive).map((source) => ({ source, caseSensitive: false })),
    ],
    keys,
  };
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

/** A word starts here: not inside a word, nor after a hyphen inside one ("pré-INS"; "l'INS" and "(INS)" start words). */
function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before)) return false;
  return !(before === 0x2d && isWordCode(text.charCodeAt(start - 2)));
}

export function createMatcher(compiled: CompiledMatcher): Matcher {
  const kinds = compiled.patterns.map(({ source, caseSensitive }) => ({
    pattern: new RegExp(source, caseSensitive ? 'g' : 'gi'),
    keys: caseSensitive ? compiled.keys.caseSensitive : compiled.keys.caseInsensitive,
    caseSensitive,
  }));

  /** The alias a regex match stands for, if one is acceptable there. */
  const accept = (text: string, kind: (typeof kinds)[number], found: RegExpExecArray): MatcherAlias | null => {
    if (!startsWord(text, found.index)) return null;
    const end = found.index + found[0].length;
    for (const index of kind.keys[spellingKey(found[0], kind.caseSensitive)] ?? []) {
      const alias = compiled.aliases[index]!;
      if (alias.frenchWord && isFrenchWordInCapitals(text, found.index, end)) continue;
      return alias;
    }
    return null;
  };

  /** Matches in prepared text, starting in [from, to), offsets in the prepared text. */
  function scanPrepared(text: string, from: number, to: number, stopAtFirst: boolean): TermMatch[] {
    const matches: TermMatch[] = [];
    // Each kind's next candidate at or after `position` (undefined: look again).
    const next: (RegExpExecArray | null | undefined)[] = kinds.map(() => undefined);
    let position = Math.max(0, from);
    while (position < to) {
      let chosen = -1;
      for (let index = 0; index < kinds.length; index++) {
        let found = next[index];
        if (found === undefined || (found !== null && found.index < position)) {
          const pattern = kinds[index]!.pattern;
          pattern.lastIndex = position;
          found = next[index] = pattern.exec(text);
        }
        const best = chosen >= 0 ? next[chosen]! : null;
        // At the same start, the longer spelling wins, as in a single scan of all aliases.
        if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best[0].length))) chosen = index;
      }
      const found = chosen >= 0 ? next[chosen]! : null;
      if (!found || found.index >= to) break;
      const alias = accept(text, kinds[chosen]!, found);
      if (!alias) {
        // Look again just after this place; another kind's candidate may start here.
        const pattern = kinds[chosen]!.pattern;
        pattern.lastIndex = found.index + 1;
        next[chosen] = pattern.exec(text);
        continue;
      }
      const end = found.index + found[0].length;
      matches.push({ start: found.index, end, termId: alias.termId, ambiguous: alias.ambiguous });
      if (stopAtFirst) break;
      position = end;
    }
    return matches;
  }

  const inOriginal = (prepared: PreparedText, matches: TermMatch[]): TermMatch[] =>
    prepared.offsets === null
      ? matches
      : matches.map((match) => ({ ...match, start: originalOffset(prepared, match.start), end: originalOffset(prepared, match.end) }));

  return {
    findMatches(text, from = 0, to = text.length) {
      if (from === 0 && to >= text.length) {
        const prepared = prepareText(text);
        return inOriginal(prepared, scanPrepared(prepared.text, 0, prepared.text.length, false));
      }
      // A window of a huge text, prepared on its own with the context a
      // match's rules look at (the 64 characters before, room for the
      // longest alias after); matches starting before `from` belong to the
      // previous window.
      const sliceStart = Math.max(0, from - 64);
      const prepared = prepareText(text.slice(sliceStart, Math.min(text.length, to + 256)));
      return inOriginal(prepared, scanPrepared(prepared.text, 0, prepared.text.length, false))
        .map((match) => ({ ...match, start: match.start + sliceStart, end: match.end + sliceStart }))
        .filter((match) => match.start >= from && match.start < to);
    },
    hasMatch(text) {
      const prepared = prepareText(text);
      return scanPrepared(prepared.text, 0, prepared.text.length, true).length > 0;
    },
  };
}

/** Compiles and creates in one step, where the aliases are at hand. */
export function compileMatcher(aliases: readonly MatcherAlias[]): Matcher {
  return createMatcher(compileMatcherData(aliases));
}
