import type { MatcherAlias } from './compile-matcher';
import { APOSTROPHE, FOLD, HYPHEN, SPACE, UNACCENTED } from './char-tables';

/**
 * One native regular expression that finds every place where an alias of
 * the dataset could start, for the matcher to confirm. It is a superset of
 * the matcher by construction: each character of an alias becomes the class
 * of every code unit the matcher folds to it (case and accents, kinds of
 * space, hyphen and apostrophe), a hyphen may also be a space or nothing
 * ("e-CPS", "e CPS", "eCPS"), and nothing is said about word boundaries,
 * case rules or ambiguity, which only the matcher decides. Whatever the
 * matcher finds, this finds at the same place.
 *
 * Why native: a page's bootstrap settles most pages (which name no
 * programme) with one `test` of this over the page's text, where the regex
 * engine's compiled code costs what any content script costs; the marker
 * then jumps from candidate to candidate instead of looking at every
 * character in JavaScript.
 */

/** Every code unit that `table` maps to `target`, as regex class members. */
function membersMappedTo(table: Uint16Array, target: number): number[] {
  const members: number[] = [];
  for (let code = 0; code < 0x250; code++) if (table[code] === target) members.push(code);
  for (let code = 0x250; code < 0x10000; code++) if (table[code] === target && code !== target) members.push(code);
  if (!members.includes(target)) members.push(target);
  return members;
}

const escapeCode = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

function classOf(members: number[]): string {
  if (members.length === 1) return escapeCode(members[0]!);
  return `[${members.map(escapeCode).join('')}]`;
}

/**
 * Builds the class for each folded character once: a dataset of 300
 * aliases uses a few dozen distinct characters.
 */
function classCache() {
  const folded = new Map<number, string>();
  const exact = new Map<number, string>();
  return {
    folded(code: number): string {
      let cached = folded.get(code);
      if (cached === undefined) folded.set(code, (cached = classOf(membersMappedTo(FOLD, code))));
      return cached;
    },
    /** Letters of a case-sensitive alias: accents free, case kept. */
    exact(code: number): string {
      let cached = exact.get(code);
      if (cached === undefined) exact.set(code, (cached = classOf(membersMappedTo(UNACCENTED, UNACCENTED[code]!))));
      return cached;
    },
  };
}

function patternOf(alias: MatcherAlias, classes: ReturnType<typeof classCache>): string {
  const text = alias.text.normalize('NFC').trim();
  const space = `${classes.folded(SPACE)}+`;
  let pattern = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLD[code]!;
    if (folded === SPACE) {
      // Runs of spaces read as one ("Mon  espace\n santé").
      if (!pattern.endsWith(space)) pattern += space;
    } else if (folded === HYPHEN) {
      pattern += `(?:${classes.folded(HYPHEN)}|${space})?`;
    } else if (folded === APOSTROPHE) {
      pattern += classes.folded(APOSTROPHE);
    } else if (alias.caseSensitive && folded !== code && UNACCENTED[code] !== folded) {
      // A letter whose case matters (an acronym's capitals).
      pattern += classes.exact(code);
    } else {
      pattern += classes.folded(folded);
    }
  }
  return pattern;
}

export interface Prefilter {
  source: string;
  flags: string;
}

export function buildPrefilter(aliases: readonly MatcherAlias[]): Prefilter {
  const classes = classCache();
  const patterns = [...new Set(aliases.map((alias) => patternOf(alias, classes)))];
  // Longer patterns first, so a shared prefix does not stop at the shorter.
  patterns.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { source: patterns.join('|'), flags: 'g' };
}
