import { describe, expect, it } from 'vitest';
import { addMonths, recentSlips, slipsByDelay, upcomingMilestones } from '../../../utils/timeline/first-screen';
import { promiseOutcome } from '../../../utils/timeline/promise-outcome';
import { milestone } from './milestone-fixture';

const TODAY = '2026-12-02';

describe('the popup’s first screen', () => {
  it('adds months to a day, clamping to the month’s end', () => {
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('lists what may happen in the next 12 months, done and cancelled steps aside', () => {
    const steps = [
      milestone({ id: 'past', date: '2026-11', kind: 'planned' }),
      milestone({ id: 'this-year', date: '2026', kind: 'planned' }),
      milestone({ id: 'soon', date: '2027-Q1', kind: 'planned' }),
      milestone({ id: 'whole-year', date: '2027', kind: 'planned' }),
      milestone({ id: 'too-late', date: '2028-Q1', kind: 'planned' }),
      milestone({ id: 'done', date: '2027-01', kind: 'done' }),
      milestone({ id: 'cancelled', date: '2027-02', kind: 'cancelled' }),
      milestone({ id: 'edge', date: '2027-12-02', kind: 'planned' }),
      milestone({ id: 'after-edge', date: '2027-12-03', kind: 'planned' }),
    ];
    expect(upcomingMilestones(steps, TODAY).map((m) => m.id)).toEqual(['this-year', 'whole-year', 'soon', 'edge']);
  });

  it('orders slips by delay, largest first, with the delay the shared rule gives', () => {
    const steps = [
      milestone({ id: 'kept', date: '2025-01-01' }, '2024-12-31'),
      milestone({ id: 'small', date: '2025-03' }, '2025-01'),
      milestone({ id: 'big', date: '2025-02-27' }, '2023-Q4'),
      milestone({ id: 'pending', date: '2027-Q1', kind: 'planned' }, '2024'),
      milestone({ id: 'cancelled', date: '2026-02', kind: 'cancelled' }, '2025'),
    ];
    const slips = slipsByDelay(steps, TODAY);
    expect(slips.map((slip) => slip.milestone.id)).toEqual(['pending', 'big', 'small']);
    for (const slip of slips) {
      expect(promiseOutcome(slip.milestone, TODAY)).toEqual({ state: 'late', delayDays: slip.delayDays, delivered: slip.delivered });
    }
    expect(slips[0]!.delivered).toBe(false);
  });

  it('keeps old history off the first screen', () => {
    const steps = [milestone({ id: 'dmp-2010', date: '2010-12' }, '2007'), milestone({ id: 'recent', date: '2021-10' }, '2020-Q4')];
    expect(recentSlips(steps, TODAY).map((slip) => slip.milestone.id)).toEqual(['recent']);
  });
});
