import type { Mark } from './mark';
import type { PageMarks } from './page-marks';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under the pointer (standard API first, WebKit's older one otherwise). */
function caretAt(document: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? document.caretPositionFromPoint(x, y, { shadowRoots })
        : document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const TOLERANCE = 1;

/**
 * The mark under the pointer, without touching the page's DOM: find the
 * caret position at the point, look the text node up among the marks, then
 * confirm with the mark's own rectangles (the caret snaps to the nearest
 * character even when the pointer is past the end of a line).
 */
export function markAtPoint({
  document,
  marks,
  x,
  y,
  shadowRoots,
}: {
  document: Document;
  marks: PageMarks;
  x: number;
  y: number;
  shadowRoots: ShadowRoot[];
}): Mark | null {
  const caret = caretAt(document as CaretDocument, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const mark = marks.markAt(caret.node, caret.offset);
  if (!mark) return null;
  for (const rect of mark.range.getClientRects()) {
    if (
      x >= rect.left - TOLERANCE &&
      x <= rect.right + TOLERANCE &&
      y >= rect.top - TOLERANCE &&
      y <= rect.bottom + TOLERANCE
    ) {
      return mark;
    }
  }
  return null;
}
