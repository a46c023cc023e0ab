import { earliestDay, latestDay, nextDay, precisionOf } from '../dates/partial-date';
import type { Milestone } from '../dataset/schema';

/**
 * What became of a milestone's promise, read at the precision it was given.
 * A promise date means "by the end of that period": "2025" is kept by
 * anything in 2025, "2025-Q3" by 30 September 2025. A day deadline is kept
 * on that day or the next: "au plus tard le 31 décembre 2024" is a legal
 * deadline whose effect starts the next morning, so 1 January 2025 keeps it.
 * A cancelled step is its own state, never a slip.
 */
export type PromiseOutcome =
  | { state: 'kept' }
  | { state: 'late'; delayDays: number; delivered: boolean }
  | { state: 'cancelled' };

/** The last day on which the promise still counts as kept. */
export function promiseDeadline(promisedDate: string): string {
  const last = latestDay(promisedDate);
  return precisionOf(promisedDate) === 'day' ? nextDay(last) : last;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * `null` when the milestone carries no promise. For a step not yet done, the
 * promise is late once its deadline has passed (`today`), or as soon as the
 * current plan lies beyond it.
 */
export function promiseOutcome(milestone: Milestone, today: string): PromiseOutcome | null {
  const promised = milestone.promised;
  if (!promised) return null;
  if (milestone.kind === 'cancelled') return { state: 'cancelled' };
  const deadline = promiseDeadline(promised.date);
  const promisedEnd = latestDay(promised.date);
  const delivered = milestone.kind === 'done';
  // For a pending step: the current plan, or today if that is later (a
  // plan for last month that has not happened is at least this late).
  const plannedStart = earliestDay(milestone.date);
  const reference = delivered ? plannedStart : plannedStart > today ? plannedStart : today;
  if (reference <= deadline) return { state: 'kept' };
  return { state: 'late', delayDays: Math.round(dayNumber(reference) - dayNumber(promisedEnd)), delivered };
}

/** Whether the milestone is a slip: a promise missed at its precision. */
export function isSlip(milestone: Milestone, today: string): boolean {
  return promiseOutcome(milestone, today)?.state === 'late';
}
