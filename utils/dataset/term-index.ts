import type { MatcherAlias } from '../matcher/compile-matcher';
import type { Release, Term } from './schema';

/**
 * What a content script needs to find terms in a page: ids, labels and
 * aliases only. Sent once per page by the background; the details a card
 * shows are fetched afterwards, only for the terms the page contains.
 */
export interface TermIndex {
  /** The installed dataset's version and hash: a changed hash means rescan. */
  version: string;
  hash: string;
  aliases: MatcherAlias[];
}

export function aliasesOfTerm(term: Term): MatcherAlias[] {
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
  return {
    version: release.version,
    hash: release.hash,
    aliases: release.terms.flatMap(aliasesOfTerm),
  };
}
