export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
}

/**
 * Where the card goes, in viewport coordinates: below its term, aligned on
 * its start; above it when there is more room there than below and the card
 * does not fit below; then shifted so that it never leaves the viewport (a
 * card taller than the viewport keeps its top edge visible and scrolls).
 *
 * Written here rather than taken from @floating-ui: this single fixed-layer
 * case is a few lines, and the library's 6 KB were a tenth of the content
 * script's budget, paid on every page.
 */
export function placeCard({
  anchor,
  card,
  viewport,
  gap = 6,
  margin = 8,
}: {
  anchor: Box;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  gap?: number;
  margin?: number;
}): Placement {
  const roomBelow = viewport.height - (anchor.y + anchor.height) - gap - margin;
  const roomAbove = anchor.y - gap - margin;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const y = side === 'below' ? anchor.y + anchor.height + gap : anchor.y - gap - card.height;
  return {
    side,
    x: clamp(anchor.x, margin, viewport.width - margin - card.width),
    y: clamp(y, margin, viewport.height - margin - card.height),
  };
}

/** Within [low, high]; when the range is empty (a card larger than the viewport), `low` wins. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
