import { describe, expect, it } from 'vitest';
import { attributeProfile, medianCost, topFrames } from '../../../scripts/bench/extension-profile';

const EXT = 'chrome-extension://abc/';
// (root) → page's handler → extension callback → native regex; (root) → extension script eval.
const nodes = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 5, 6] },
  { id: 2, callFrame: { url: 'https://site/app.js', functionName: 'onLoad' }, children: [3] },
  { id: 3, callFrame: { url: `${EXT}content.js`, functionName: 'scan' }, children: [4] },
  { id: 4, callFrame: { url: '', functionName: 'exec' } },
  { id: 5, callFrame: { url: `${EXT}content.js`, functionName: '' } },
  { id: 6, callFrame: { url: '', functionName: '(idle)' } },
];

describe('attributeProfile (what the bench charges an extension)', () => {
  it('charges native calls made under an extension frame, and nothing else; finds the longest unbroken run', () => {
    // Each sample lasts until the next one: deltas are in microseconds.
    const profile = { nodes, samples: [2, 4, 4, 3, 6, 5, 2], timeDeltas: [0, 100, 200, 300, 400, 500, 600, 700] };
    const cost = attributeProfile(profile, [EXT]);
    // Samples on nodes 4, 4, 3 (0.2 + 0.3 + 0.4 ms) then 5 (0.6 ms): 1.5 ms.
    expect(cost.attributedMs).toBeCloseTo(1.5, 5);
    expect(cost.longestRunMs).toBeCloseTo(0.9, 5);
    expect(cost.selfMsByFrame).toEqual({ 'exec (native)': 0.5, 'scan (content.js)': 0.4, '(anonymous) (content.js)': 0.6 });
    // Idle time is not counted as the page's work.
    expect(cost.totalSampledMs).toBeCloseTo(0.1 + 0.5 + 0.4 + 0.6 + 0.7, 5);
  });

  it('charges nothing to an extension that never ran', () => {
    const cost = attributeProfile({ nodes, samples: [2, 6], timeDeltas: [0, 100, 100] }, ['moz-extension://other/']);
    expect(cost.attributedMs).toBe(0);
    expect(cost.longestRunMs).toBe(0);
  });

  it('takes medians of the figures and means of the breakdown, heaviest frame first', () => {
    const run = (ms: number, frames: Record<string, number>) => ({ attributedMs: ms, longestRunMs: ms / 2, totalSampledMs: ms * 2, selfMsByFrame: frames });
    const cost = medianCost([run(1, { a: 1 }), run(9, { a: 3, b: 6 }), run(3, { b: 3 })]);
    expect(cost.attributedMs).toBe(3);
    expect(cost.longestRunMs).toBe(1.5);
    expect(topFrames(cost, 2)).toEqual([
      { frame: 'b', ms: 3 },
      { frame: 'a', ms: 4 / 3 },
    ]);
  });
});
