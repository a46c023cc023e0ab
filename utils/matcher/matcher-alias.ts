/** One alias of one term, as the matcher needs it. */
export interface MatcherAlias {
  termId: string;
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  /** Also the alias followed by a plural "s" ("GHT" → "GHTs"). */
  plural?: boolean;
  /** The alias is an ordinary French word in capitals ("ANS" = "ans"): held back in ALL-CAPS runs. */
  frenchWord?: boolean;
}

/** A found alias: `text.slice(start, end)` names the term `termId`. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  ambiguous: boolean;
}
