import { stripAccents } from '../text/fold';
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
 * Acronyms are looked for from their first capital ("CPS" in "eCPS",
 * "CaRE" in "plan CaRE"): alternatives that all begin with a capital let
 * V8 skip most of a page's text (1 MB in 0.6 ms, where a few
 * lowercase-initial ones made it 3 ms). Names are anchored at \b, tested
 * first, which skips most positions (2.7 ms against 6.3 ms without).
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
 * Names are listed with all their accents or none: every mix of accented
 * and plain words would double the alternatives and the page test's time,
 * for a spelling ("Segur numérique") that the marker still finds on a page
 * where anything else is named.
 */
const allOrNoAccents = (spelling: string, index: number, all: string[]) => {
  const plain = stripAccents(spelling);
  return spelling === plain || !all.includes(plain) || spelling === all.find((other) => stripAccents(other) === plain);
};

export function buildPagePrefilter(aliases: readonly MatcherAlias[]): PagePrefilter {
  const acronyms = aliases.filter((alias) => alias.caseSensitive).flatMap(literalSpellings).map(fromFirstCapital);
  const names = aliases
    .filter((alias) => !alias.caseSensitive)
    .flatMap((alias) => literalSpellings(alias).filter(allOrNoAccents));
  const ascii = names.filter((spelling) => /^[A-Za-z0-9]/.test(spelling));
  const other = names.filter((spelling) => !/^[A-Za-z0-9]/.test(spelling));
  return {
    patterns: [
      ...chunkedAlternations(acronyms).map((source) => ({ source, flags: '' as const })),
      ...chunkedAlternations(ascii).map((chunk) => ({ source: `\\b(?:${chunk})`, flags: 'i' as const })),
      ...chunkedAlternations(other).map((source) => ({ source, flags: 'i' as const })),
    ],
  };
}

/** The test itself, as a bootstrap runs it. */
export function pageMayName(prefilter: PagePrefilter, text: string): boolean {
  return prefilter.patterns.some(({ source, flags }) => new RegExp(source, flags).test(text));
}
