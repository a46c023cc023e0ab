import type { Dimensions, ElementRects, Platform, Rect } from '@floating-ui/core';

/**
 * A floating-ui platform for one case: a card in the top layer, positioned
 * `fixed` against a text range. Every coordinate is a viewport coordinate and
 * the only clipping box is the viewport, so @floating-ui/core's middlewares
 * (flip, shift, size) work with these few lines instead of the 10 KB of
 * @floating-ui/dom's general platform — the content script runs on every page.
 */
export interface RangeAnchor {
  getBoundingClientRect(): DOMRect;
}

function toRect(rect: DOMRect): Rect {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

function viewportOf(element: HTMLElement): Rect {
  const root = element.ownerDocument.documentElement;
  // clientWidth excludes a classic scrollbar, which the card must not cover.
  return { x: 0, y: 0, width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
}

export const viewportPlatform: Platform = {
  getElementRects: ({ reference, floating }): ElementRects => {
    const floatingRect = (floating as HTMLElement).getBoundingClientRect();
    return {
      reference: toRect((reference as RangeAnchor).getBoundingClientRect()),
      floating: { x: 0, y: 0, width: floatingRect.width, height: floatingRect.height },
    };
  },
  getClippingRect: ({ element }) => viewportOf(element as HTMLElement),
  getDimensions: (element): Dimensions => {
    const rect = (element as HTMLElement).getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  },
};
