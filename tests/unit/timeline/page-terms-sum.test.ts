import { describe, expect, it } from 'vitest';
import { sumFrameTerms } from '../../../utils/timeline/page-terms-sum';

describe('"Sur cette page" over all frames of a tab', () => {
  it('sums counts across frames, top document’s programmes first, and reveals each where it is', () => {
    const summed = sumFrameTerms([
      { frameId: 7, terms: [{ id: 'apcv', count: 5 }, { id: 'ins', count: 1 }] },
      { frameId: 0, terms: [{ id: 'ins', count: 2 }, { id: 'dmp', count: 1 }] },
      { frameId: 9, terms: [{ id: 'e-cps', count: 1 }, { id: 'dmp', count: 4 }] },
    ]);
    expect(summed).toEqual([
      { id: 'dmp', count: 5, frameId: 0 },
      { id: 'ins', count: 3, frameId: 0 },
      { id: 'apcv', count: 5, frameId: 7 },
      { id: 'e-cps', count: 1, frameId: 9 },
    ]);
  });

  it('gives nothing for no frames', () => {
    expect(sumFrameTerms([])).toEqual([]);
  });
});
