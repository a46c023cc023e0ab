import type { Language } from '../dates/format-date';
import type { Figure, Phase, Source } from '../dataset/schema';
import type { TermDetails } from '../dataset/term-details';
import { milestonesSince } from '../timeline/milestone-queries';
import { isHistoricFigure, isReviewOld } from './card-age';
import { describeMilestone, isBrokenPromise, largestOwnSlip, upcomingMilestones, type CardMilestone } from './card-milestones';

/**
 * What a hover card shows. It opens compact (`compact`: the status, its
 * dates, the most telling slip, the next step and how many events followed
 * the article) and expands to the whole story, where each list is complete
 * and each milestone appears once: what happened since the article, what is
 * coming, and the broken promises not already listed in one of those.
 */
export interface CardModel {
  termId: string;
  label: string;
  expansion: string;
  phase: Phase;
  status: {
    text: string;
    /** The date of the source the status is taken from. */
    asOf: string;
    /** When someone last checked it; `reviewIsOld` past six months. */
    reviewedAt: string;
    reviewIsOld: boolean;
    /**
     * The day the status changed since the reader last saw this card, when
     * it did (shown as "mis à jour le …"). Nothing computes it yet.
     */
    updatedOn: string | null;
    sources: Source[];
  };
  replacedBy: { id: string; label: string } | null;
  compact: {
    /** The largest delay among the term's own steps, unless it is the next step itself. */
    slip: CardMilestone | null;
    next: CardMilestone | null;
  };
  /** Everything dated after the article, oldest first; null when the page has no date. */
  since: { articleDay: string; events: CardMilestone[] } | null;
  upcoming: CardMilestone[];
  /** Late or cancelled promises, those already listed under `since` or `upcoming` left out. */
  promises: CardMilestone[];
  /** How many broken promises the `since` and `upcoming` lists already show. */
  promisesListedAbove: number;
  /** Newest first; figures more than two years old are history. */
  figures: { current: Figure[]; history: Figure[] };
  /** Every source the expanded card cites: the status's, then the figures', then the milestones'. */
  sources: Source[];
}

const newestFirst = (a: Figure, b: Figure) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0);

export function buildCardModel({
  details,
  language,
  today,
  articleDay,
  statusUpdatedOn = null,
}: {
  details: TermDetails;
  language: Language;
  /** YYYY-MM-DD, from the caller's clock. */
  today: string;
  /** The article's publication day, when the page gives one. */
  articleDay: string | null;
  /** See `CardModel.status.updatedOn`. */
  statusUpdatedOn?: string | null;
}): CardModel {
  const { term, milestones, sources, termLabels } = details;
  const items = milestones.map((milestone) => describeMilestone({ milestone, termId: term.id, termLabels, today }));
  const byId = new Map(items.map((item) => [item.milestone.id, item]));

  const since = articleDay
    ? { articleDay, events: milestonesSince(milestones, articleDay, today).map((milestone) => byId.get(milestone.id)!) }
    : null;
  const upcoming = upcomingMilestones(items, today);
  const listed = new Set([...(since?.events ?? []), ...upcoming]);
  const broken = items.filter(isBrokenPromise);
  const promises = broken.filter((item) => !listed.has(item));

  const next = upcoming[0] ?? null;
  const slip = largestOwnSlip(items);

  const figures = [...term.figures].sort(newestFirst);
  const current = figures.filter((figure) => !isHistoricFigure(figure.asOf, today));
  const history = figures.filter((figure) => isHistoricFigure(figure.asOf, today));

  const shown = [...listed, ...promises].map((item) => item.milestone);
  const cited = [
    ...term.status.sources,
    ...figures.flatMap((figure) => figure.sources),
    ...shown.flatMap((milestone) => [...milestone.sources, ...(milestone.promised?.sources ?? [])]),
  ];
  const resolve = (ids: string[]) => [...new Set(ids)].map((id) => sources[id]).filter((source): source is Source => !!source);

  return {
    termId: term.id,
    label: term.label,
    expansion: term.names[language],
    phase: term.status.phase,
    status: {
      text: term.status.summary[language],
      asOf: term.status.asOf,
      reviewedAt: term.status.reviewedAt,
      reviewIsOld: isReviewOld(term.status.reviewedAt, today),
      updatedOn: statusUpdatedOn,
      sources: resolve(term.status.sources),
    },
    replacedBy: term.replacedBy ? { id: term.replacedBy, label: termLabels[term.replacedBy] ?? term.replacedBy } : null,
    compact: { slip: slip && slip !== next ? slip : null, next },
    since,
    upcoming,
    promises,
    promisesListedAbove: broken.length - promises.length,
    figures: { current, history },
    sources: resolve(cited),
  };
}
