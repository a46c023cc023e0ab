export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the card sits against its term: `after` and `before` are beside it, in reading order. */
type Side = 'below' | 'above' | 'after' | 'before';

export interface Placement extends Box {
  side: Side;
  /** Less room than the card asked for: it keeps this height and scrolls inside. */
  shrunk: boolean;
}

/** Narrower than this, a card beside its term would be a column of single words. */
const MIN_BESIDE_WIDTH = 240;

/** A free region of the viewport on one side of the term (edges in viewport coordinates). */
interface Candidate {
  side: Side;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const widthOf = (region: Candidate) => region.right - region.left;
const heightOf = (region: Candidate) => region.bottom - region.top;

/**
 * Where the card goes, in viewport coordinates, given every client rect of
 * its term (a term that wraps has one per line). The card never intersects
 * any of them: it goes below the term, else above, else beside it (after it
 * in reading order, then before), the first side where it fits whole, and
 * slides along that side to stay in the viewport. When no side has room for
 * all of it, it takes the side that shows the most of it and shrinks (it
 * scrolls inside) rather than cover the word.
 *
 * The rects are kept apart by reasoning on their union: a card outside the
 * union's box is outside every line of the term.
 *
 * Written here rather than taken from @floating-ui: its pure core with the
 * offset, flip, shift and size steps this needs is 7.5 KB minified (3.1 KB
 * gzip), @floating-ui/dom 15 KB (6.1 KB), against 1.6 KB (0.8 KB) for
 * this file; and neither places against several rects at once without a
 * virtual element doing this union anyway.
 */
export function placeCard({
  rects,
  card,
  viewport,
  direction = 'ltr',
  gap = 6,
  margin = 8,
}: {
  rects: readonly Box[];
  /** The size the card asks for (its height already capped by the caller). */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  direction?: 'ltr' | 'rtl';
  gap?: number;
  margin?: number;
}): Placement | null {
  const lines = rects.filter((rect) => rect.width > 0 || rect.height > 0);
  if (lines.length === 0) return null;
  const anchor = unionOf(lines);
  const width = Math.max(0, Math.min(card.width, viewport.width - 2 * margin));
  const [minX, minY, maxX, maxY] = [margin, margin, viewport.width - margin, viewport.height - margin];
  const rightOf: Candidate = { side: 'after', left: Math.max(anchor.x + anchor.width + gap, minX), top: minY, right: maxX, bottom: maxY };
  const leftOf: Candidate = { side: 'before', left: minX, top: minY, right: Math.min(anchor.x - gap, maxX), bottom: maxY };
  const candidates: Candidate[] = [
    { side: 'below', left: minX, top: Math.max(anchor.y + anchor.height + gap, minY), right: maxX, bottom: maxY },
    { side: 'above', left: minX, top: minY, right: maxX, bottom: Math.min(anchor.y - gap, maxY) },
    direction === 'ltr' ? rightOf : { ...leftOf, side: 'after' },
    direction === 'ltr' ? leftOf : { ...rightOf, side: 'before' },
  ];
  const whole = candidates.find((region) => widthOf(region) >= width && heightOf(region) >= card.height);
  const chosen = whole ?? mostVisible(candidates, width, card.height);
  if (!chosen) return null;
  const size = { width: Math.min(width, widthOf(chosen)), height: Math.min(card.height, heightOf(chosen)) };
  return { ...position(chosen, size, anchor, lines, direction), ...size, side: chosen.side, shrunk: !whole };
}

/** The side showing the largest part of the card; beside the term only when a readable width is left there. */
function mostVisible(candidates: Candidate[], width: number, height: number): Candidate | null {
  let best: Candidate | null = null;
  let bestArea = 0;
  for (const region of candidates) {
    const beside = region.side === 'after' || region.side === 'before';
    if (beside && widthOf(region) < Math.min(width, MIN_BESIDE_WIDTH)) continue;
    const area = Math.max(0, Math.min(width, widthOf(region))) * Math.max(0, Math.min(height, heightOf(region)));
    if (area > bestArea) {
      best = region;
      bestArea = area;
    }
  }
  return best;
}

/** The card's corner inside its region: against the term, aligned on the term's start, slid to fit. */
function position(
  region: Candidate,
  size: { width: number; height: number },
  anchor: Box,
  lines: Box[],
  direction: 'ltr' | 'rtl',
): { x: number; y: number } {
  if (region.side === 'below' || region.side === 'above') {
    // Aligned on the start of the line it touches: the last line below, the first above.
    const line =
      region.side === 'below' ? lines.reduce((a, b) => (b.y > a.y ? b : a)) : lines.reduce((a, b) => (b.y < a.y ? b : a));
    const start = direction === 'ltr' ? line.x : line.x + line.width - size.width;
    return {
      x: clamp(start, region.left, region.right - size.width),
      y: region.side === 'below' ? region.top : region.bottom - size.height,
    };
  }
  const onTheRight = region.left > anchor.x;
  return {
    x: onTheRight ? region.left : region.right - size.width,
    y: clamp(anchor.y, region.top, region.bottom - size.height),
  };
}

function unionOf(boxes: Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Within [low, high]; when the range is empty, `low` wins. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
