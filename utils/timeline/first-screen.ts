import type { Milestone } from '../dataset/schema';
import { earliestDay, latestDay } from '../dates/partial-date';
import { byDate } from './milestone-queries';
import { promiseOutcome } from './promise-outcome';

/**
 * What the popup's first screen answers: what is coming in the next months,
 * and which promises slipped. Both read the milestones against `today`
 * (YYYY-MM-DD), which the caller passes so that tests choose the day.
 */

/** The same day `months` later ("2026-12-02", 12 → "2027-12-02"; day clamped to the month's end). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Steps still to come whose date may fall in the next `months` months: not
 * done nor cancelled, not wholly past, starting before the window ends. A
 * step dated only "2027" is listed from December 2026, since it may happen
 * any day of 2027.
 */
export function upcomingMilestones(milestones: readonly Milestone[], today: string, months = 12): Milestone[] {
  const windowEnd = addMonths(today, months);
  return milestones
    .filter((milestone) => milestone.kind !== 'done' && milestone.kind !== 'cancelled')
    .filter((milestone) => latestDay(milestone.date) >= today && earliestDay(milestone.date) <= windowEnd)
    .sort(byDate);
}

export interface Slip {
  milestone: Milestone;
  /** Days from the end of the promised period to the delivery (or to today, or the current plan, when still pending). */
  delayDays: number;
  delivered: boolean;
}

/** Every slip (a promise missed at its precision; cancelled steps never), largest delay first. */
export function slipsByDelay(milestones: readonly Milestone[], today: string): Slip[] {
  const slips: Slip[] = [];
  for (const milestone of milestones) {
    const outcome = promiseOutcome(milestone, today);
    if (outcome?.state === 'late') slips.push({ milestone, delayDays: outcome.delayDays, delivered: outcome.delivered });
  }
  return slips.sort((a, b) => b.delayDays - a.delayDays || byDate(a.milestone, b.milestone));
}

/**
 * How many years back "now" reaches: slips whose promise is older belong to
 * the history the full timeline and roadmap page tell, not to the first
 * screen (a 2007 promise kept in 2010 is not news in 2026).
 */
export const RECENT_YEARS = 6;

/** The slips that still matter today: promised within the last RECENT_YEARS years, largest delay first. */
export function recentSlips(milestones: readonly Milestone[], today: string): Slip[] {
  const since = `${Number(today.slice(0, 4)) - RECENT_YEARS}-01-01`;
  return slipsByDelay(milestones, today).filter((slip) => earliestDay(slip.milestone.promised!.date) >= since);
}
