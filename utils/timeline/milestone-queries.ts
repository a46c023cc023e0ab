import { earliestDay } from '../dates/partial-date';
import type { Milestone } from '../dataset/schema';

/** Oldest first; at equal dates, the less precise ("2024") before the precise ("2024-03"). */
export function byDate(a: Milestone, b: Milestone): number {
  const left = earliestDay(a.date);
  const right = earliestDay(b.date);
  if (left !== right) return left < right ? -1 : 1;
  return a.date.length - b.date.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * What happened after an article was published, up to today: dated events
 * that certainly fall after its day (a milestone dated only "2022-06" is not
 * counted after an article of 28 June 2022, since it may precede it).
 */
export function milestonesSince(milestones: readonly Milestone[], articleDay: string, today: string): Milestone[] {
  return milestones
    .filter(
      (milestone) =>
        milestone.kind !== 'planned' && earliestDay(milestone.date) > articleDay && earliestDay(milestone.date) <= today,
    )
    .sort(byDate);
}
