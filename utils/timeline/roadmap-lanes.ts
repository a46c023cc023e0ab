import { CATEGORIES, type Category } from '../dataset/categories';
import type { Milestone, MilestoneKind, Term } from '../dataset/schema';
import { earliestDay, latestDay, yearOf } from '../dates/partial-date';
import { delayBand, type DelayBand } from './delay';
import { promiseOutcome } from './promise-outcome';

/**
 * The roadmap page's model, independent of how it is drawn: one lane per
 * programme, each milestone a mark at the middle of the period its date
 * covers (a step known only as "2025" sits mid-2025, with its whole year
 * shown as a band), each slip a span from the end of the promised period to
 * the delivery (or to today, or the current plan, while still pending),
 * measured by the shared rule of promise-outcome.ts.
 */
export interface LaneMark {
  milestone: Milestone;
  kind: MilestoneKind;
  /** Where the mark sits (YYYY-MM-DD). */
  day: string;
  /** The period its date covers; equal to `day` for a day date. */
  spanStart: string;
  spanEnd: string;
  slip?: { promisedDay: string; deliveredDay: string; delayDays: number; delivered: boolean; band: DelayBand };
}

export interface Lane {
  term: Term;
  marks: LaneMark[];
}

export interface LaneFilter {
  category?: Category | '';
  /** Only these programmes (empty or absent: all). */
  termIds?: readonly string[];
}

const DAY_MS = 86_400_000;
const toDate = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function middleDay(start: string, end: string): string {
  return fromDate(toDate(start) + Math.floor((toDate(end) - toDate(start)) / DAY_MS / 2) * DAY_MS);
}

export function laneMark(milestone: Milestone, today: string): LaneMark {
  const spanStart = earliestDay(milestone.date);
  const spanEnd = latestDay(milestone.date);
  const mark: LaneMark = { milestone, kind: milestone.kind, day: middleDay(spanStart, spanEnd), spanStart, spanEnd };
  const outcome = promiseOutcome(milestone, today);
  if (outcome?.state === 'late') {
    const promisedDay = latestDay(milestone.promised!.date);
    mark.slip = {
      promisedDay,
      deliveredDay: fromDate(toDate(promisedDay) + outcome.delayDays * DAY_MS),
      delayDays: outcome.delayDays,
      delivered: outcome.delivered,
      band: delayBand(outcome.delayDays),
    };
  }
  return mark;
}

/**
 * The lanes for the programmes the filter keeps that have milestones,
 * grouped by category (in the popup's order), then by their first step.
 */
export function buildLanes(terms: readonly Term[], milestones: readonly Milestone[], today: string, filter: LaneFilter = {}): Lane[] {
  const wanted = new Set(filter.termIds ?? []);
  const kept = terms.filter(
    (term) => (!filter.category || term.category === filter.category) && (wanted.size === 0 || wanted.has(term.id)),
  );
  const keptIds = new Set(kept.map((term) => term.id));
  const marks = milestones
    .filter((milestone) => milestone.terms.some((id) => keptIds.has(id)))
    .map((milestone) => laneMark(milestone, today))
    // As byDate (milestone-queries.ts), on the first days already worked out.
    .sort(
      (a, b) =>
        (a.spanStart < b.spanStart ? -1 : a.spanStart > b.spanStart ? 1 : 0) ||
        a.milestone.date.length - b.milestone.date.length ||
        (a.milestone.id < b.milestone.id ? -1 : a.milestone.id > b.milestone.id ? 1 : 0),
    );
  const marksByTerm = new Map<string, LaneMark[]>();
  for (const mark of marks) {
    for (const id of mark.milestone.terms) {
      if (!keptIds.has(id)) continue;
      const list = marksByTerm.get(id);
      if (list) list.push(mark);
      else marksByTerm.set(id, [mark]);
    }
  }
  const categoryRank = (term: Term) => CATEGORIES.indexOf(term.category);
  return kept
    .filter((term) => marksByTerm.has(term.id))
    .map((term) => ({ term, marks: marksByTerm.get(term.id)! }))
    .sort(
      (a, b) =>
        categoryRank(a.term) - categoryRank(b.term) ||
        (a.marks[0]!.spanStart < b.marks[0]!.spanStart ? -1 : a.marks[0]!.spanStart > b.marks[0]!.spanStart ? 1 : 0) ||
        a.term.label.localeCompare(b.term.label, 'fr'),
    );
}

/** The years the lanes need, with today and any extra day (an article's date) inside. */
export function yearSpan(lanes: readonly Lane[], alsoShow: readonly string[]): { firstYear: number; lastYear: number } {
  const days = [...alsoShow];
  for (const lane of lanes) {
    for (const mark of lane.marks) {
      days.push(mark.spanStart, mark.spanEnd);
      if (mark.slip) days.push(mark.slip.promisedDay, mark.slip.deliveredDay);
    }
  }
  const years = days.map((day) => yearOf(day));
  return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
}
