import { earliestDay, latestDay } from '../dates/partial-date';
import type { Milestone } from '../dataset/schema';

/** Oldest first; at equal dates, the less precise ("2024") before the precise ("2024-03"). */
export function byDate(a: Milestone, b: Milestone): number {
  const left = earliestDay(a.date);
  const right = earliestDay(b.date);
  if (left !== right) return left < right ? -1 : 1;
  return a.date.length - b.date.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The next step still planned on or after `today` (YYYY-MM-DD), if any. */
export function nextPlannedMilestone(milestones: readonly Milestone[], today: string): Milestone | null {
  return (
    milestones
      .filter((milestone) => milestone.kind === 'planned' && latestDay(milestone.date) >= today)
      .sort(byDate)[0] ?? null
  );
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

/** Milestones whose plan moved: the date first promised differs from the real or current one. */
export function slippedMilestones(milestones: readonly Milestone[]): Milestone[] {
  return milestones.filter((milestone) => milestone.promised && milestone.promised.date !== milestone.date).sort(byDate);
}
