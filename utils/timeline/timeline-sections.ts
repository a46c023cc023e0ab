import type { Milestone } from '../dataset/schema';
import { earliestDay, yearOf } from '../dates/partial-date';
import { byDate } from './milestone-queries';

/** One year of the timeline: its milestones in date order, with the "today" marker where it falls. */
export interface TimelineSection {
  year: number;
  items: ({ kind: 'milestone'; milestone: Milestone } | { kind: 'today' })[];
}

/**
 * The timeline by year, with "today" placed in today's own year: after the
 * steps that may already have happened (those starting on or before today),
 * before the rest. A year with no step of its own still gets a section when
 * today falls in it, so "today" never sits under a later year's heading.
 * No milestones: no sections (nothing to place today among).
 */
export function timelineSections(milestones: readonly Milestone[], today: string): TimelineSection[] {
  const todayYear = Number(today.slice(0, 4));
  const sections: TimelineSection[] = [];
  let todayPlaced = false;
  const placeToday = (section: TimelineSection) => {
    section.items.push({ kind: 'today' });
    todayPlaced = true;
  };
  /** Today's year's section: the last one if it is that year, else a new one for today alone. */
  const todaysSection = (): TimelineSection => {
    const last = sections.at(-1);
    if (last?.year === todayYear) return last;
    const section: TimelineSection = { year: todayYear, items: [] };
    sections.push(section);
    return section;
  };
  for (const milestone of [...milestones].sort(byDate)) {
    const year = yearOf(milestone.date);
    if (!todayPlaced && year > todayYear) placeToday(todaysSection());
    let section = sections.at(-1);
    if (section?.year !== year) sections.push((section = { year, items: [] }));
    if (!todayPlaced && year === todayYear && earliestDay(milestone.date) > today) placeToday(section);
    section.items.push({ kind: 'milestone', milestone });
  }
  if (!todayPlaced && sections.length > 0) placeToday(todaysSection());
  return sections;
}
