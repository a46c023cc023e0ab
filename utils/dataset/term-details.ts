import type { Milestone, Release, Source, Term } from './schema';

/**
 * Everything a hover card or a term page shows about one term: the term, its
 * milestones (oldest first), the sources they cite, and the labels of the
 * terms it links to.
 */
export interface TermDetails {
  term: Term;
  milestones: Milestone[];
  sources: Record<string, Source>;
  termLabels: Record<string, string>;
}

function sourceIdsOf(term: Term, milestones: Milestone[]): Set<string> {
  const ids = new Set<string>(term.status.sources);
  for (const figure of term.figures) figure.sources.forEach((id) => ids.add(id));
  for (const milestone of milestones) {
    milestone.sources.forEach((id) => ids.add(id));
    milestone.promised?.sources.forEach((id) => ids.add(id));
  }
  return ids;
}

export function buildTermDetails(
  release: Pick<Release, 'terms' | 'milestones' | 'sources'>,
  termId: string,
): TermDetails | null {
  const term = release.terms.find((candidate) => candidate.id === termId);
  if (!term) return null;
  const milestones = release.milestones.filter((milestone) => milestone.terms.includes(termId));
  const sourcesById = new Map(release.sources.map((source) => [source.id, source]));
  const sources: Record<string, Source> = {};
  for (const id of sourceIdsOf(term, milestones)) {
    const source = sourcesById.get(id);
    if (source) sources[id] = source;
  }
  const termLabels: Record<string, string> = {};
  const labelById = new Map(release.terms.map((candidate) => [candidate.id, candidate.label]));
  for (const id of [...term.related, ...(term.replacedBy ? [term.replacedBy] : []), ...milestones.flatMap((m) => m.terms)]) {
    const label = labelById.get(id);
    if (label) termLabels[id] = label;
  }
  return { term, milestones, sources, termLabels };
}
