import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../utils/dataset/schema';
import { isSlip, promiseDeadline, promiseOutcome } from '../../../utils/timeline/promise-outcome';

function milestone(kind: Milestone['kind'], date: string, promised?: string): Milestone {
  return {
    id: 'example',
    terms: ['ins'],
    date,
    kind,
    title: { fr: 'Exemple', en: 'Example' },
    sources: ['source'],
    ...(promised ? { promised: { date: promised, sources: ['source'] } } : {}),
  };
}

const TODAY = '2026-12-02';

describe('a promise read at the precision it was given', () => {
  it('treats a day deadline as kept on that day and the next morning, late after', () => {
    expect(promiseDeadline('2024-12-31')).toBe('2025-01-01');
    expect(promiseOutcome(milestone('done', '2025-01-01', '2024-12-31'), TODAY)).toEqual({ state: 'kept' });
    expect(promiseOutcome(milestone('done', '2025-01-02', '2024-12-31'), TODAY)).toEqual({
      state: 'late',
      delayDays: 2,
      delivered: true,
    });
  });

  it('keeps a year promise for the whole year, and a quarter promise to its last day', () => {
    expect(promiseOutcome(milestone('done', '2025-12', '2025'), TODAY)?.state).toBe('kept');
    expect(promiseOutcome(milestone('done', '2025-09-30', '2025-Q3'), TODAY)?.state).toBe('kept');
    // "d'ici l'été 2025" (2025-Q3) met in December 2025 is a slip.
    const summer = promiseOutcome(milestone('done', '2025-12', '2025-Q3'), TODAY);
    expect(summer).toEqual({ state: 'late', delayDays: 62, delivered: true });
  });

  it('compares a delivery known only to the year by its first day', () => {
    // "Fin 2023" promised, delivered some time in 2025: at least a year late.
    expect(promiseOutcome(milestone('done', '2025', '2023-Q4'), TODAY)).toEqual({ state: 'late', delayDays: 367, delivered: true });
    expect(promiseOutcome(milestone('done', '2025-02', '2023-Q4'), TODAY)).toEqual({ state: 'late', delayDays: 398, delivered: true });
  });

  it('makes a pending step late once its deadline passed, or when its new plan lies beyond it', () => {
    expect(promiseOutcome(milestone('planned', '2027-Q2', '2026-06'), TODAY)).toMatchObject({ state: 'late', delivered: false });
    expect(promiseOutcome(milestone('planned', '2027', '2027'), TODAY)).toEqual({ state: 'kept' });
    expect(promiseOutcome(milestone('slipped', '2025-06', '2025-06'), TODAY)).toMatchObject({ state: 'late', delayDays: 520 });
  });

  it('never reads a cancelled step as a slip, and a milestone with no promise has no outcome', () => {
    expect(promiseOutcome(milestone('cancelled', '2026-02', '2026'), TODAY)).toEqual({ state: 'cancelled' });
    expect(isSlip(milestone('cancelled', '2026-02', '2025'), TODAY)).toBe(false);
    expect(promiseOutcome(milestone('done', '2025'), TODAY)).toBeNull();
  });
});
