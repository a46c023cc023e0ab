import type { Milestone } from '../dataset/schema';
import { latestDay } from '../dates/partial-date';
import { byDate } from '../timeline/milestone-queries';
import { promiseOutcome, type PromiseOutcome } from '../timeline/promise-outcome';

/**
 * A milestone as a card shows it: with what became of its promise (read at
 * the promise's precision, a cancelled step being its own state) and the
 * other programmes it concerns, so that a step shared with Mon espace santé
 * is never read as MSSanté's own.
 */
export interface CardMilestone {
  milestone: Milestone;
  outcome: PromiseOutcome | null;
  /** Whether the step belongs to this term (its term file lists it first) rather than to a programme it touches. */
  own: boolean;
  /** The other programmes it concerns, in the dataset's order. */
  sharedWith: { id: string; label: string }[];
}

export function describeMilestone({
  milestone,
  termId,
  termLabels,
  today,
}: {
  milestone: Milestone;
  termId: string;
  termLabels: Record<string, string>;
  today: string;
}): CardMilestone {
  return {
    milestone,
    outcome: promiseOutcome(milestone, today),
    own: milestone.terms[0] === termId,
    sharedWith: milestone.terms.filter((id) => id !== termId).map((id) => ({ id, label: termLabels[id] ?? id })),
  };
}

/** A promise missed (late) or given up (cancelled): what "Promis / tenu" lists. */
export function isBrokenPromise(item: CardMilestone): boolean {
  return item.outcome?.state === 'late' || item.outcome?.state === 'cancelled';
}

/**
 * The single most telling slip: the largest delay among the term's own
 * milestones (a shared step's delay belongs to the programme it is filed
 * under). On equal delays, the more recent step.
 */
export function largestOwnSlip(items: readonly CardMilestone[]): CardMilestone | null {
  let best: CardMilestone | null = null;
  for (const item of items) {
    if (!item.own || item.outcome?.state !== 'late') continue;
    const delay = item.outcome.delayDays;
    const bestDelay = best?.outcome?.state === 'late' ? best.outcome.delayDays : -1;
    if (delay > bestDelay || (delay === bestDelay && best && byDate(best.milestone, item.milestone) < 0)) best = item;
  }
  return best;
}

/** Steps still planned, from today on, oldest first. */
export function upcomingMilestones(items: readonly CardMilestone[], today: string): CardMilestone[] {
  return items
    .filter((item) => item.milestone.kind === 'planned' && latestDay(item.milestone.date) >= today)
    .sort((a, b) => byDate(a.milestone, b.milestone));
}
