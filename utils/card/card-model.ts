import type { Language } from '../dates/format-date';
import type { Figure, Milestone, Source } from '../dataset/schema';
import type { TermDetails } from '../dataset/term-details';
import { milestonesSince, nextPlannedMilestone, slippedMilestones } from '../timeline/milestone-queries';

/**
 * What a hover card shows, chosen so it reads in five seconds: the status and
 * its date first, then at most three figures, the next step, what changed
 * since the article, the plans that slipped, and the sources.
 */
export interface CardModel {
  termId: string;
  label: string;
  expansion: string;
  phase: TermDetails['term']['status']['phase'];
  statusText: string;
  asOf: string;
  figures: Figure[];
  next: Milestone | null;
  sinceArticle: { articleDay: string; milestones: Milestone[] } | null;
  slips: Milestone[];
  sources: Source[];
  replacedBy: { id: string; label: string } | null;
}

const MAX_FIGURES = 3;
const MAX_SINCE = 4;
const MAX_SLIPS = 2;
const MAX_SOURCES = 3;

export function buildCardModel({
  details,
  language,
  today,
  articleDay,
}: {
  details: TermDetails;
  language: Language;
  today: string;
  articleDay: string | null;
}): CardModel {
  const { term, milestones, sources, termLabels } = details;
  const figures = [...term.figures].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0)).slice(0, MAX_FIGURES);
  const cited = [...term.status.sources, ...figures.flatMap((figure) => figure.sources)];
  const uniqueSources = [...new Set(cited)].map((id) => sources[id]).filter((source): source is Source => !!source);
  return {
    termId: term.id,
    label: term.label,
    expansion: term.names[language],
    phase: term.status.phase,
    statusText: term.status.summary[language],
    asOf: term.status.asOf,
    figures,
    next: nextPlannedMilestone(milestones, today),
    sinceArticle: articleDay
      ? { articleDay, milestones: milestonesSince(milestones, articleDay, today).slice(-MAX_SINCE) }
      : null,
    slips: slippedMilestones(milestones).slice(-MAX_SLIPS),
    sources: uniqueSources.slice(0, MAX_SOURCES),
    replacedBy: term.replacedBy ? { id: term.replacedBy, label: termLabels[term.replacedBy] ?? term.replacedBy } : null,
  };
}
