import { stripAccents, unifySeparators } from '../text/fold';
import { chunkedAlternations } from './compile-matcher';
import type { MatcherAlias } from './matcher-alias';
import { literalSpellings } from './spellings';

/**
 * The page test a bootstrap runs once over a page's whole text: can this
 * page name a programme at all? Two native regular expressions of the
 * aliases' literal spellings, with no word-end rule (the matcher decides
 * that later), so that the answer is "yes" wherever the matcher would find
 * something in text written on one line. Most pages name no programme and
 * are settled by this one test.
 *
 * It runs in every page and frame, where compiling it costs more than
 * running it (a regex of every name's spellings, 11 KB, took 2.5–7 ms to
 * compile in Chromium, against well under 1 ms to scan a 30 KB page), so
 * it is kept small:
 * - acronyms are looked for from their first capital ("CPS" in "eCPS",
 *   "CaRE" in "plan CaRE"): alternatives that all begin with a capital let
 *   V8 skip most of a page's text (1 MB in 0.6 ms, where a few
 *   lowercase-initial ones made it 3 ms);
 * - names by a piece every spelling of them contains: the longest stretch
 *   with no accent, hyphen or apostrophe ("mon espace sant" for "Mon espace
 *   santé"), one alternative where there were four; or, where that stretch
 *   is too short to be rare, by their first 16 characters with all their
 *   accents or none;
 * - and an alternative that contains another is dropped: the shorter one
 *   already answers for it.
 */
export interface PagePrefilter {
  /** Regex sources, each with its flags ('' or 'i'). */
  patterns: { source: string; flags: '' | 'i' }[];
}

function fromFirstCapital(spelling: string): string {
  const index = spelling.search(/[A-ZÀ-ÖØ-Þ]/);
  return index > 0 && spelling.length - index >= 2 ? spelling.slice(index) : spelling;
}

/**
 * Where a name has no long plain stretch, its spellings are listed with all
 * their accents or none: every mix of accented and plain words would
 * double the alternatives, for a spelling ("Segur numérique") that the
 * marker still finds on a page where anything else is named.
 */
const allOrNoAccents = (spelling: string, index: number, all: string[]) => {
  const plain = stripAccents(spelling);
  return spelling === plain || !all.includes(plain) || spelling === all.find((other) => stripAccents(other) === plain);
};

/** A name's fallback fragment: its start, long enough to be rare in ordinary prose. */
const NAME_PREFIX_LENGTH = 16;
/**
 * A plain stretch stands for its name when it is several words long and
 * either starts the name (a word boundary anchors it) or is long: single
 * words ("consultation", "identification") and short openings ("cadre d",
 * "application e") are ordinary French.
 */
const isRareStretch = ({ text, atStart }: { text: string; atStart: boolean }) =>
  text.includes(' ') && text.length >= (atStart ? 14 : 20);

/**
 * The longest piece of a name that every spelling of it contains as it is
 * (case aside): a stretch of plain letters, digits and spaces between
 * accented letters, hyphens and apostrophes. With whether it starts the
 * name (then a word boundary can anchor it).
 */
function plainStretch(name: string): { text: string; atStart: boolean } {
  const lower = name.toLowerCase();
  const pieces = [...lower.matchAll(/[a-z0-9 ]+/g)].map((piece) => {
    // Whole words only: "messagerie s" (before "écurisée") is "messagerie";
    // and not a word after a hyphen, which a writer may glue on ("esanté").
    const start = piece.index > 0 && /[\p{L}\p{N}-]/u.test(lower[piece.index - 1]!) ? piece[0].indexOf(' ') + 1 : 0;
    const endsInWord = /[\p{L}\p{N}]/u.test(lower[piece.index + piece[0].length] ?? '');
    const end = endsInWord ? piece[0].lastIndexOf(' ') : piece[0].length;
    const text = start > 0 && start - 1 >= end ? '' : piece[0].slice(start, Math.max(start, end)).trim();
    return { text, atStart: piece.index === 0 && start === 0 };
  });
  return pieces.sort((a, b) => b.text.length - a.text.length)[0] ?? { text: '', atStart: false };
}

/** Drops every alternative that contains another one (case-insensitively for names). */
function withoutContaining(alternatives: string[], ignoreCase: boolean): string[] {
  const key = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  const unique = [...new Set(alternatives.map(key))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const candidate of unique) if (!kept.some((shorter) => candidate.includes(shorter))) kept.push(candidate);
  return kept;
}

function nameFragments(alias: MatcherAlias): string[] {
  const stretch = plainStretch(unifySeparators(alias.text.normalize('NFC')));
  if (isRareStretch(stretch)) return [stretch.text];
  return literalSpellings(alias)
    .filter(allOrNoAccents)
    .map((spelling) => spelling.slice(0, NAME_PREFIX_LENGTH).trimEnd());
}

export function buildPagePrefilter(aliases: readonly MatcherAlias[]): PagePrefilter {
  const acronyms = withoutContaining(aliases.filter((alias) => alias.caseSensitive).flatMap(literalSpellings).map(fromFirstCapital), false);
  // Every fragment starts a word (a stretch keeps whole words only), so all
  // are anchored at \b, which V8 tests first: unanchored, eight of them cost
  // as much as the two hundred anchored ones.
  const fragments = withoutContaining(aliases.filter((alias) => !alias.caseSensitive).flatMap(nameFragments), true);
  const anchorable = fragments.filter((text) => /^[a-z0-9]/.test(text));
  const other = fragments.filter((text) => !/^[a-z0-9]/.test(text));
  return {
    patterns: [
      ...chunkedAlternations(acronyms).map((source) => ({ source, flags: '' as const })),
      ...chunkedAlternations(anchorable).map((chunk) => ({ source: `\\b(?:${chunk})`, flags: 'i' as const })),
      ...chunkedAlternations(other).map((source) => ({ source, flags: 'i' as const })),
    ],
  };
}

/** The test itself, as a bootstrap runs it. */
export function pageMayName(prefilter: PagePrefilter, text: string): boolean {
  return prefilter.patterns.some(({ source, flags }) => new RegExp(source, flags).test(text));
}
