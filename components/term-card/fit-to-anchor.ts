import { placeCard, type Box, type Placement } from '@/utils/card/place-card';

/** The most a compact card may take: min(420 px, 45 % of the viewport height). */
function compactHeightCap(viewportHeight: number): number {
  return Math.min(420, 0.45 * viewportHeight);
}

const CARD_WIDTH = 360;
const MARGIN = 8;

/**
 * Measures and places the card beside every client rect of its term (see
 * placeCard), in the coordinates those rects come in.
 *
 * A page may zoom its root (`html { zoom: 2 }`): the host, a child of the
 * root, would inherit that zoom, its left/top scaled along with its size.
 * The host cancels it (its own `zoom` is the inverse of what it inherits),
 * so its CSS pixels are the viewport's, the same as the rects'.
 */
export function fitToAnchor({
  host,
  card,
  rects,
  expanded,
  direction,
  view,
}: {
  host: HTMLElement;
  card: HTMLElement;
  rects: Box[];
  expanded: boolean;
  /** The term's writing direction: the card aligns on the term's start. */
  direction: 'ltr' | 'rtl';
  view: Window;
}): Placement | null {
  cancelInheritedZoom(host);
  const viewport = viewportSize(view);
  const cap = expanded ? viewport.height - 2 * MARGIN : compactHeightCap(viewport.height);
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN);
  card.style.setProperty('width', `${width}px`);
  card.style.setProperty('max-width', 'none');
  card.style.setProperty('max-height', `${Math.floor(cap)}px`);
  const natural = card.getBoundingClientRect().height;
  const placement = placeCard({ rects, card: { width, height: natural }, viewport, direction, margin: MARGIN });
  if (!placement) return null;
  card.style.setProperty('width', `${Math.floor(placement.width)}px`);
  card.style.setProperty('max-height', `${Math.floor(placement.height)}px`);
  // Rounded away from the term, so that rounding never brings the card onto it.
  const onTheLeft = placement.side === (direction === 'ltr' ? 'before' : 'after');
  const x = onTheLeft ? Math.floor(placement.x) : Math.ceil(placement.x);
  const y = placement.side === 'above' ? Math.floor(placement.y) : Math.ceil(placement.y);
  host.style.setProperty('left', `${x}px`, 'important');
  host.style.setProperty('top', `${y}px`, 'important');
  // Whatever a page manages to put in the host before the card (it is
  // the host that is positioned), the card itself goes where it was placed.
  const drawn = card.getBoundingClientRect();
  if (Math.abs(drawn.left - x) > 0.5 || Math.abs(drawn.top - y) > 0.5) {
    host.style.setProperty('left', `${x + x - drawn.left}px`, 'important');
    host.style.setProperty('top', `${y + y - drawn.top}px`, 'important');
  }
  return placement;
}

/**
 * The viewport the card must stay in, in the rects' coordinates, without
 * a classic scrollbar (which the card must not cover). The visual
 * viewport gives that whatever the page's CSS zoom; the root's
 * clientWidth does not (it comes in the root's zoomed pixels, or not,
 * depending on the root's overflow).
 */
export function viewportSize(view: Window): { width: number; height: number } {
  const visual = view.visualViewport;
  if (visual && visual.width > 0) return { width: visual.width * visual.scale, height: visual.height * visual.scale };
  return { width: view.innerWidth, height: view.innerHeight };
}

function cancelInheritedZoom(host: HTMLElement): void {
  const own = parseFloat(host.style.getPropertyValue('zoom')) || 1;
  // The effective zoom (own times inherited): currentCSSZoom where the
  // browser has it (Chromium 128, Firefox 126), else what layout shows.
  const current = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  const scale = typeof current === 'number' ? current : host.offsetWidth ? host.getBoundingClientRect().width / host.offsetWidth : 1;
  if (scale > 0 && Math.abs(scale - 1) > 0.001) host.style.setProperty('zoom', String(own / scale), 'important');
}
