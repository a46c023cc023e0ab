import type { z } from 'zod';
import type { ReleaseContent } from './schema';
import { literalSpellings, spellingKey } from '../matcher/spellings';

/**
 * Cross-record rules a per-field schema cannot express: ids are unique, every
 * reference resolves, dates agree with their sources, and two programmes do
 * not claim the same alias unless both flag it as ambiguous. Run as part of
 * the release schema, so a synced release is held to the same rules as the
 * bundled one.
 */
export function checkReleaseReferences(
  release: Pick<ReleaseContent, 'terms' | 'milestones' | 'sources'>,
  ctx: z.RefinementCtx,
): void {
  for (const { message, path } of findReferenceProblems(release)) ctx.addIssue({ code: 'custom', message, path });
}

export interface ReferenceProblem {
  message: string;
  path: (string | number)[];
}

/** The rules above, as a list of what breaks them (empty when none does). */
export function findReferenceProblems(release: Pick<ReleaseContent, 'terms' | 'milestones' | 'sources'>): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (message: string, path: (string | number)[]) => void problems.push({ message, path });

  const sourceDates = new Map<string, string>();
  release.sources.forEach((source, index) => {
    if (sourceDates.has(source.id)) report(`duplicate source id "${source.id}"`, ['sources', index, 'id']);
    sourceDates.set(source.id, source.publishedAt);
  });

  const termIds = new Set<string>();
  release.terms.forEach((term, index) => {
    if (termIds.has(term.id)) report(`duplicate term id "${term.id}"`, ['terms', index, 'id']);
    termIds.add(term.id);
  });

  const checkSources = (ids: string[], path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!sourceDates.has(id)) report(`unknown source "${id}"`, [...path, index]);
    });
  };
  const checkTerm = (id: string, path: (string | number)[]) => {
    if (!termIds.has(id)) report(`unknown term "${id}"`, path);
  };
  const latestSourceDate = (ids: string[]) =>
    ids.map((id) => sourceDates.get(id) ?? '').reduce((a, b) => (a > b ? a : b), '');

  release.terms.forEach((term, index) => {
    const at = ['terms', index];
    checkSources(term.status.sources, [...at, 'status', 'sources']);
    const statusSourceDates = term.status.sources.map((id) => sourceDates.get(id));
    if (!statusSourceDates.includes(term.status.asOf)) {
      report(`status asOf ${term.status.asOf} is not the date of any of its sources`, [...at, 'status', 'asOf']);
    }
    term.figures.forEach((figure, figureIndex) => {
      checkSources(figure.sources, [...at, 'figures', figureIndex, 'sources']);
      if (figure.asOf > latestSourceDate(figure.sources)) {
        report(`figure asOf ${figure.asOf} is later than its sources`, [...at, 'figures', figureIndex, 'asOf']);
      }
    });
    term.related.forEach((id, relatedIndex) => {
      checkTerm(id, [...at, 'related', relatedIndex]);
      if (id === term.id) report('a term cannot be related to itself', [...at, 'related', relatedIndex]);
    });
    if (term.replacedBy !== undefined) checkTerm(term.replacedBy, [...at, 'replacedBy']);
    if (term.status.phase === 'replaced' && term.replacedBy === undefined) {
      report('a replaced term names what replaced it (replacedBy)', [...at, 'replacedBy']);
    }
  });

  const milestoneIds = new Set<string>();
  release.milestones.forEach((milestone, index) => {
    const at = ['milestones', index];
    if (milestoneIds.has(milestone.id)) report(`duplicate milestone id "${milestone.id}"`, [...at, 'id']);
    milestoneIds.add(milestone.id);
    milestone.terms.forEach((id, termIndex) => checkTerm(id, [...at, 'terms', termIndex]));
    checkSources(milestone.sources, [...at, 'sources']);
    if (milestone.promised) checkSources(milestone.promised.sources, [...at, 'promised', 'sources']);
  });

  checkAliasOwnership(release, report);
  return problems;
}

/**
 * Two programmes may not claim the same spelling (unless both flag it
 * ambiguous): the matcher would give every occurrence to one of them and
 * the other alias would never match. Spellings are compared exactly as the
 * matcher lists them (utils/matcher/spellings.ts), so "e-CPS" and "eCPS",
 * or "Ségur numerique" and "SEGUR NUMÉRIQUE", are the same alias here as
 * they are on a page.
 */
function checkAliasOwnership(
  release: Pick<ReleaseContent, 'terms'>,
  report: (message: string, path: (string | number)[]) => void,
): void {
  // Acronyms meet acronyms with their case, names meet anything in lower case.
  const exact = new Map<string, Owner>();
  const lower = new Map<string, Owner>();
  release.terms.forEach((term, termIndex) => {
    term.aliases.forEach((alias, aliasIndex) => {
      const owner: Owner = { termId: term.id, ambiguous: (alias.ambiguousWith?.length ?? 0) > 0, text: alias.text, caseSensitive: alias.caseSensitive };
      const path = ['terms', termIndex, 'aliases', aliasIndex, 'text'];
      if (term.aliases.slice(0, aliasIndex).some((earlier) => earlier.text === alias.text)) {
        report(`alias "${alias.text}" is listed twice`, path);
        return;
      }
      const spellings = literalSpellings(alias);
      const candidates = alias.caseSensitive
        ? [...spellings.map((spelling) => exact.get(spellingKey(spelling, true))), ...spellings.map((spelling) => lowerOwnerOfName(spelling))]
        : [...spellings.map((spelling) => lower.get(spellingKey(spelling, false)))];
      const clash = candidates.find((previous) => previous && previous.termId !== term.id && !(previous.ambiguous && owner.ambiguous));
      if (clash) {
        report(`alias "${alias.text}" is also claimed by "${clash.termId}" ("${clash.text}"); flag both as ambiguous or remove one`, path);
      }
      for (const spelling of spellings) {
        if (alias.caseSensitive) exact.set(spellingKey(spelling, true), owner);
        lower.set(spellingKey(spelling, false), lower.get(spellingKey(spelling, false)) ?? owner);
      }
    });
  });

  // Only a name (case-insensitive) claims every case of a spelling.
  function lowerOwnerOfName(spelling: string): Owner | undefined {
    const found = lower.get(spellingKey(spelling, false));
    return found && !found.caseSensitive ? found : undefined;
  }
}

interface Owner {
  termId: string;
  ambiguous: boolean;
  text: string;
  caseSensitive: boolean;
}
