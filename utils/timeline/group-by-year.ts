import type { Milestone } from '../dataset/schema';
import { yearOf } from '../dates/partial-date';
import { byDate } from './milestone-queries';

export interface YearGroup {
  year: number;
  milestones: Milestone[];
}

/** Milestones by year, oldest year first, each year in date order. */
export function groupByYear(milestones: readonly Milestone[]): YearGroup[] {
  const years = new Map<number, Milestone[]>();
  for (const milestone of [...milestones].sort(byDate)) {
    const year = yearOf(milestone.date);
    const list = years.get(year);
    if (list) list.push(milestone);
    else years.set(year, [milestone]);
  }
  return [...years].map(([year, list]) => ({ year, milestones: list }));
}
