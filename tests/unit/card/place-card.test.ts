import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../utils/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placing the card', () => {
  it('goes below its term, aligned on its start, when there is room', () => {
    expect(placeCard({ anchor: { x: 100, y: 100, width: 40, height: 20 }, card, viewport })).toEqual({ x: 100, y: 126, side: 'below' });
  });

  it('flips above a term near the bottom edge', () => {
    const placement = placeCard({ anchor: { x: 100, y: 700, width: 40, height: 20 }, card, viewport });
    expect(placement.side).toBe('above');
    expect(placement.y).toBe(700 - 6 - 300);
  });

  it('shifts left near the right edge and never starts before the left margin', () => {
    expect(placeCard({ anchor: { x: 950, y: 100, width: 40, height: 20 }, card, viewport }).x).toBe(1000 - 8 - 360);
    expect(placeCard({ anchor: { x: -50, y: 100, width: 40, height: 20 }, card, viewport }).x).toBe(8);
  });

  it('keeps every card inside the viewport, whatever the term and card sizes', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -200, max: 1200 }), y: fc.integer({ min: -200, max: 1000 }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 60 }) }),
        fc.record({ width: fc.integer({ min: 100, max: 984 }), height: fc.integer({ min: 50, max: 784 }) }),
        (anchor, size) => {
          const { x, y } = placeCard({ anchor, card: size, viewport });
          expect(x).toBeGreaterThanOrEqual(8);
          expect(y).toBeGreaterThanOrEqual(8);
          expect(x + size.width).toBeLessThanOrEqual(viewport.width - 8);
          expect(y + size.height).toBeLessThanOrEqual(viewport.height - 8);
        },
      ),
    );
  });
});
