import { earliestDay, latestDay } from '../dates/partial-date';
import { promiseOutcome } from '../timeline/promise-outcome';
import type { ReferenceProblem } from './check-references';
import type { ReleaseContent, Source } from './schema';

/** A status must have been checked against sources within this many months of the release. */
export const REVIEW_MAX_AGE_MONTHS = 6;

/**
 * Tag, search, category and listing pages change under a citation: they
 * show whatever is newest, not the fact that was cited.
 */
const LISTING_PAGE = /\/(?:tags?|search|recherche|categorie|category|categories|rubrique)(?:\/|$)|[?&](?:s|q|query|search)=/i;

function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 - months, date)).toISOString().slice(0, 10);
}

/**
 * The editorial rules that make "where it stands today" trustworthy, beyond
 * what the schema and references check: a done milestone rests on a source
 * published on or after it; a status is no newer than its sources and was
 * reviewed recently; a promise is recorded only where it was missed at the
 * precision it was given; no listing page is cited. Run by
 * `npm run dataset:check` and `npm test` over `data/`.
 */
export function findEvidenceProblems(
  release: Pick<ReleaseContent, 'terms' | 'milestones' | 'sources' | 'publishedAt'>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (message: string, path: (string | number)[]) => void problems.push({ message, path });
  const releaseDay = release.publishedAt.slice(0, 10);
  const oldestReview = monthsBefore(releaseDay, REVIEW_MAX_AGE_MONTHS);
  const sources = new Map<string, Source>(release.sources.map((source) => [source.id, source]));
  const newest = (ids: readonly string[]) =>
    ids.map((id) => sources.get(id)?.publishedAt ?? '').reduce((a, b) => (a > b ? a : b), '');

  release.sources.forEach((source, index) => {
    if (source.url && LISTING_PAGE.test(source.url)) {
      report(`source "${source.id}" is a tag, search or listing page: cite the page that states the fact`, ['sources', index, 'url']);
    }
  });

  release.terms.forEach((term, index) => {
    const at = ['terms', index, 'status'];
    const { asOf, reviewedAt } = term.status;
    if (asOf > newest(term.status.sources)) report(`status asOf ${asOf} is later than its newest source`, [...at, 'asOf']);
    if (reviewedAt < asOf) report(`status reviewedAt ${reviewedAt} is before its asOf ${asOf}`, [...at, 'reviewedAt']);
    if (reviewedAt > releaseDay) report(`status reviewedAt ${reviewedAt} is after the release (${releaseDay})`, [...at, 'reviewedAt']);
    else if (reviewedAt < oldestReview) {
      report(
        `status last reviewed ${reviewedAt}, more than ${REVIEW_MAX_AGE_MONTHS} months before the release (${releaseDay}): check it against sources again`,
        [...at, 'reviewedAt'],
      );
    }
  });

  release.milestones.forEach((milestone, index) => {
    const at = ['milestones', index];
    const start = earliestDay(milestone.date);
    if (milestone.kind === 'planned' && latestDay(milestone.date) < releaseDay) {
      report(`milestone "${milestone.id}" is planned for ${milestone.date}, already past: done, slipped or cancelled?`, [...at, 'kind']);
    }
    if (milestone.kind !== 'planned' && start > releaseDay) {
      report(`milestone "${milestone.id}" is ${milestone.kind} but dated ${milestone.date}, after the release`, [...at, 'kind']);
    }
    if (milestone.kind === 'done' && newest(milestone.sources) < start) {
      report(
        `milestone "${milestone.id}" is done on ${milestone.date} but every source predates it (newest ${newest(milestone.sources)}): cite a source published on or after the event`,
        [...at, 'sources'],
      );
    }
    const outcome = promiseOutcome(milestone, releaseDay);
    if (outcome?.state === 'kept') {
      report(
        `milestone "${milestone.id}" keeps its promise of ${milestone.promised!.date} (read at that precision, it was not missed): a kept promise is not a slip, remove "promised"`,
        [...at, 'promised'],
      );
    }
  });
  return problems;
}
