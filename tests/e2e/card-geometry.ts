import { expect, type Frame, type Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardGeometry {
  card: Box;
  /** Every client rect of the range the card was opened for (Repère's active highlight). */
  rects: Box[];
  viewport: { width: number; height: number };
  state: string | null;
}

/**
 * Where the open card and its term really are in a document (a page or a
 * frame): the card's box from its shadow root, the term's rects from the
 * range Repère registered as the active highlight, the viewport from the
 * window (innerWidth/innerHeight: the fixtures have no scrollbar).
 */
function measureCard(target: Page | Frame): Promise<CardGeometry | null> {
  return target.evaluate(() => {
    const active = CSS.highlights.get('repere-active');
    const range = active ? ([...active][0] as Range | undefined) : undefined;
    const card = document.querySelector('repere-card')?.shadowRoot?.querySelector('.card');
    if (!range || !card) return null;
    const box = (rect: DOMRect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
    return {
      card: box(card.getBoundingClientRect()),
      rects: [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0).map(box),
      viewport: { width: innerWidth, height: innerHeight },
      state: card.getAttribute('data-state'),
    };
  });
}

/** Overlap of two boxes, less a quarter pixel of rounding. */
function overlaps(a: Box, b: Box): boolean {
  const slack = 0.25;
  return a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;
}

/**
 * The card's promises about where it sits: it covers no line of its term,
 * it lies inside the viewport, and compact it is at most min(420 px, 45 %
 * of the viewport height); expanded, at most the viewport.
 */
export async function expectWellPlaced(target: Page | Frame, what: string): Promise<CardGeometry> {
  let geometry: CardGeometry | null = null;
  await expect.poll(async () => (geometry = await measureCard(target)) !== null, { message: `${what}: a card and its term` }).toBe(true);
  const { card, rects, viewport, state } = geometry!;
  const detail = `${what}: card ${JSON.stringify(card)}, term ${JSON.stringify(rects)}, viewport ${JSON.stringify(viewport)}`;
  expect(rects.length, detail).toBeGreaterThan(0);
  for (const rect of rects) expect(overlaps(card, rect), `covers its term — ${detail}`).toBe(false);
  expect(card.x, detail).toBeGreaterThanOrEqual(-0.5);
  expect(card.y, detail).toBeGreaterThanOrEqual(-0.5);
  expect(card.x + card.width, detail).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(card.y + card.height, detail).toBeLessThanOrEqual(viewport.height + 0.5);
  const cap = state === 'compact' ? Math.min(420, 0.45 * viewport.height) : viewport.height;
  expect(card.height, `too tall (${state}) — ${detail}`).toBeLessThanOrEqual(cap + 0.5);
  expect(card.height, detail).toBeGreaterThan(20);
  return geometry!;
}
