import { compileMatcherData, type CompiledMatcher } from '../matcher/compile-matcher';
import type { MatcherAlias } from '../matcher/matcher-alias';
import type { Category } from './categories';
import type { Release, Term } from './schema';

/** The aliases of a release, as the matcher needs them. */
export interface TermIndex {
  /** The installed dataset's version and hash: a changed hash means rescan. */
  version: string;
  hash: string;
  aliases: MatcherAlias[];
}

/**
 * What a page's marker needs: the matcher already compiled (it travels in
 * the message, so no page builds it) and each term's category (for muted
 * categories). Sent once per page that names a programme; the details a
 * card shows are fetched on hover.
 */
export interface MarkerIndex {
  version: string;
  hash: string;
  matcher: CompiledMatcher;
  categories: Record<string, Category>;
}

function aliasesOfTerm(term: Term): MatcherAlias[] {
  return term.aliases.map((alias) => ({
    termId: term.id,
    text: alias.text,
    caseSensitive: alias.caseSensitive,
    ambiguous: (alias.ambiguousWith?.length ?? 0) > 0,
    plural: alias.plural ?? false,
    frenchWord: alias.frenchWord ?? false,
  }));
}

export function buildTermIndex(release: Pick<Release, 'version' | 'hash' | 'terms'>): TermIndex {
  return { version: release.version, hash: release.hash, aliases: release.terms.flatMap(aliasesOfTerm) };
}

export function buildMarkerIndex(release: Pick<Release, 'version' | 'hash' | 'terms'>): MarkerIndex {
  const { version, hash, aliases } = buildTermIndex(release);
  return {
    version,
    hash,
    matcher: compileMatcherData(aliases),
    categories: Object.fromEntries(release.terms.map((term) => [term.id, term.category])),
  };
}
