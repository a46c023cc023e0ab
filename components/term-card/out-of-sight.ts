import { viewportSize } from './fit-to-anchor';

/**
 * Whether an occurrence's box can no longer be seen: outside the viewport,
 * or scrolled out of the visible box of a container that clips it (a
 * scrolling panel, a comments column). A card left beside a hidden
 * occurrence would point at nothing.
 */
export function isOutOfSight(rect: DOMRect, within: Node | undefined, view: Window): boolean {
  if (rect.width === 0 && rect.height === 0) return true;
  const root = view.document.documentElement;
  const { width: viewportWidth, height: viewportHeight } = viewportSize(view);
  if (rect.bottom < 0 || rect.top > viewportHeight || rect.right < 0 || rect.left > viewportWidth) return true;

  let element: Element | null = within ? (within instanceof Element ? within : within.parentElement) : null;
  while (element && element !== root && element !== view.document.body) {
    const style = view.getComputedStyle(element);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const box = element.getBoundingClientRect();
      if (rect.bottom <= box.top || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right) return true;
    }
    // Up through open shadow roots too: the host's containers clip as well.
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
  }
  return false;
}
