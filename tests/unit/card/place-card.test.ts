import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../../utils/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const margin = 8;

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placing the card', () => {
  it('goes below its term, aligned on its start, when there is room', () => {
    expect(placeCard({ rects: [{ x: 100, y: 100, width: 40, height: 20 }], card, viewport })).toEqual({
      x: 100,
      y: 126,
      width: 360,
      height: 300,
      side: 'below',
      shrunk: false,
    });
  });

  it('goes below a term in a heading at the top of the viewport, not over it', () => {
    const heading = { x: 20, y: 0, width: 200, height: 44 };
    const placement = placeCard({ rects: [heading], card, viewport })!;
    expect(placement.side).toBe('below');
    expect(placement.y).toBe(50);
  });

  it('flips above a term near the bottom edge', () => {
    const placement = placeCard({ rects: [{ x: 100, y: 700, width: 40, height: 20 }], card, viewport })!;
    expect(placement.side).toBe('above');
    expect(placement.y).toBe(700 - 6 - 300);
  });

  it('shifts left near the right edge and never starts before the left margin', () => {
    expect(placeCard({ rects: [{ x: 950, y: 100, width: 40, height: 20 }], card, viewport })!.x).toBe(1000 - 8 - 360);
    expect(placeCard({ rects: [{ x: -50, y: 100, width: 40, height: 20 }], card, viewport })!.x).toBe(8);
  });

  it('goes below the last line of a term that wraps, aligned on that line, clear of the first', () => {
    const lines = [
      { x: 900, y: 100, width: 90, height: 20 },
      { x: 10, y: 120, width: 60, height: 20 },
    ];
    const placement = placeCard({ rects: lines, card, viewport })!;
    expect(placement).toMatchObject({ side: 'below', x: 10, y: 146 });
  });

  it('goes beside the term when neither above nor below has room for it, after it in reading order', () => {
    const short = { width: 1000, height: 400 };
    const term = { x: 100, y: 190, width: 50, height: 20 };
    expect(placeCard({ rects: [term], card, viewport: short })).toMatchObject({ side: 'after', x: 156, shrunk: false });
    const nearRight = { x: 800, y: 190, width: 50, height: 20 };
    expect(placeCard({ rects: [nearRight], card, viewport: short })).toMatchObject({ side: 'before', x: 800 - 6 - 360 });
    // Right to left: "after" is on the left.
    expect(placeCard({ rects: [nearRight], card, viewport: short, direction: 'rtl' })).toMatchObject({ side: 'after', x: 434 });
  });

  it('aligns on the term’s right edge in a right-to-left page', () => {
    const placement = placeCard({ rects: [{ x: 600, y: 100, width: 40, height: 20 }], card, viewport, direction: 'rtl' })!;
    expect(placement.x + placement.width).toBe(640);
  });

  it('shrinks rather than cover the term when no side has room for all of it', () => {
    // A 320 × 480 window, the term in the middle: no side fits 300 px of card.
    const narrow = { width: 320, height: 480 };
    const placement = placeCard({ rects: [{ x: 100, y: 230, width: 80, height: 20 }], card, viewport: narrow })!;
    expect(placement.shrunk).toBe(true);
    expect(placement.width).toBe(304);
    expect(placement.side).toBe('below');
    expect(placement.height).toBe(480 - 8 - 256);
  });

  it('places nothing without a rect to place against', () => {
    expect(placeCard({ rects: [], card, viewport })).toBeNull();
    expect(placeCard({ rects: [{ x: 5, y: 5, width: 0, height: 0 }], card, viewport })).toBeNull();
  });

  it('never covers any line of its term, stays in the viewport and never grows past what it asked', () => {
    const line = fc.record({
      x: fc.integer({ min: -100, max: 1500 }),
      y: fc.integer({ min: -40, max: 1200 }),
      width: fc.integer({ min: 1, max: 600 }),
      height: fc.integer({ min: 10, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.record({ width: fc.integer({ min: 320, max: 1600 }), height: fc.integer({ min: 240, max: 1200 }) }),
        fc.array(line, { minLength: 1, maxLength: 3 }),
        fc.record({ width: fc.integer({ min: 200, max: 420 }), height: fc.integer({ min: 40, max: 800 }) }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (view, rects, size, direction) => {
          const placement = placeCard({ rects, card: size, viewport: view, direction });
          if (!placement) return;
          for (const rect of rects) expect(intersects(placement, rect)).toBe(false);
          expect(placement.x).toBeGreaterThanOrEqual(margin);
          expect(placement.y).toBeGreaterThanOrEqual(margin);
          expect(placement.x + placement.width).toBeLessThanOrEqual(view.width - margin);
          expect(placement.y + placement.height).toBeLessThanOrEqual(view.height - margin);
          expect(placement.height).toBeLessThanOrEqual(size.height);
          expect(placement.width).toBeLessThanOrEqual(size.width);
          expect(placement.height).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('shows the whole card whenever one side has room for it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 960 }),
        fc.integer({ min: 0, max: 780 }),
        (x, y) => {
          const term = { x, y, width: 40, height: 20 };
          const placement = placeCard({ rects: [term], card, viewport })!;
          // Below or above always has 300 px in an 800 px viewport for a 20 px term.
          expect(placement.shrunk).toBe(false);
          expect(placement.height).toBe(card.height);
        },
      ),
    );
  });
});
