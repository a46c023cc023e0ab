import assert from 'node:assert/strict';
import type { Journey, JourneyPage } from './journey-browser';
import { eventually, hoverText, pageTermsOf } from './journey-helpers';

interface Placed {
  card: { x: number; y: number; width: number; height: number };
  rects: { x: number; y: number; width: number; height: number }[];
  viewport: { width: number; height: number };
  state: string | null;
}

/** The open card's box and its term's rects (Repère's active highlight), or null. No named inner function: see JourneyPage. */
function measure(page: JourneyPage): Promise<Placed | null> {
  return page.evaluate(() => {
    const active = CSS.highlights.get('repere-active');
    const range = active ? ([...active][0] as Range | undefined) : undefined;
    const card = document.querySelector('repere-card')?.shadowRoot?.querySelector('.card');
    if (!range || !card) return null;
    const box = card.getBoundingClientRect();
    return {
      card: { x: box.left, y: box.top, width: box.width, height: box.height },
      rects: [...range.getClientRects()]
        .filter((rect) => rect.width > 0 || rect.height > 0)
        .map((rect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height })),
      viewport: { width: innerWidth, height: innerHeight },
      state: card.getAttribute('data-state'),
    };
  }, null);
}

/** Beside the term and never over it, in the viewport, compact at most min(420 px, 45 % of its height). */
function assertWellPlaced({ card, rects, viewport, state }: Placed, what: string): void {
  const detail = `${what}: card ${JSON.stringify(card)}, term ${JSON.stringify(rects)}, viewport ${JSON.stringify(viewport)}`;
  assert.ok(rects.length > 0, detail);
  const slack = 0.25;
  for (const rect of rects) {
    const overlap =
      card.x + slack < rect.x + rect.width && rect.x + slack < card.x + card.width && card.y + slack < rect.y + rect.height && rect.y + slack < card.y + card.height;
    assert.ok(!overlap, `covers its term — ${detail}`);
  }
  assert.ok(card.x >= -0.5 && card.y >= -0.5, detail);
  assert.ok(card.x + card.width <= viewport.width + 0.5 && card.y + card.height <= viewport.height + 0.5, detail);
  assert.equal(state, 'compact', detail);
  assert.ok(card.height <= Math.min(420, 0.45 * viewport.height) + 0.5, `too tall — ${detail}`);
}

/**
 * Where the card goes, in every browser the journeys run in (Chromium by
 * Playwright, Firefox by puppeteer-core): a term in a heading at the top
 * of the window and a term at its bottom edge each get a card beside them,
 * never over them. The full set of placements is measured in Chromium
 * (tests/e2e/card-placement.spec.ts).
 */
export const CARD_JOURNEYS: Journey[] = [
  {
    name: 'the card never covers its term: a heading at the top, a line at the bottom edge',
    async run({ browser }) {
      const page = await browser.newPage();
      const url = `${browser.origin}/pages/card-placements.html`;
      await page.goto(url);
      await eventually(
        () => pageTermsOf(browser.control, url),
        (terms) => assert.ok(terms.length >= 6, `terms: ${terms.map((term) => term.id).join(', ')}`),
      );
      for (const term of ['Ségur numérique', 'e-CPS']) {
        await hoverText(page, term);
        const placed = await eventually(
          () => measure(page),
          (placed) => assert.ok(placed, `no card for ${term}`),
        );
        assertWellPlaced(placed!, term);
        await page.press('Escape');
        await eventually(
          () => measure(page),
          (placed) => assert.equal(placed, null, 'the card is still open after Esc'),
        );
      }
      await page.close();
    },
  },
];
