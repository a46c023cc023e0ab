import type { AmbiguityLevel } from '../settings/settings';
import type { Matcher, TermMatch } from './compile-matcher';
import { allowsAmbiguousTerm, healthVocabularyIn } from './page-context';

/**
 * The occurrences Repère marks in a page's text, all at once: every
 * unambiguous match, and the ambiguous ones the page's evidence supports.
 * (The content script reaches the same result node by node; this whole-text
 * form serves the accuracy corpus and the benchmark's reference pass.)
 */
export function occurrencesInText(text: string, matcher: Matcher, level: AmbiguityLevel): TermMatch[] {
  const matches = matcher.findMatches(text);
  const unambiguousTerms = new Set(matches.filter((match) => !match.ambiguous).map((match) => match.termId));
  let vocabulary: number | null = null;
  const evidence = { unambiguousTerms, healthVocabulary: () => (vocabulary ??= healthVocabularyIn(text).size) };
  return matches.filter((match) => !match.ambiguous || allowsAmbiguousTerm(match.termId, evidence, level));
}
