/**
 * Which text a reader reads. The walk skips, by tag, the subtrees that are
 * never prose (scripts, styles, form fields, templates); finer exclusions
 * (code, editable regions, hidden text, Repère's own UI) are checked only for
 * the few nodes that contain a match, which keeps the common case cheap.
 */

const SKIPPED_SUBTREES = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'svg',
  'math',
  'HEAD',
  'TITLE',
]);

/** Closest-ancestor test for nodes that matched: not prose a reader reads, or Repère's own UI. */
export const EXCLUDED_ANCESTORS =
  'code, pre, kbd, samp, textarea, input, select, script, style, noscript, svg, math, [contenteditable]:not([contenteditable="false"]), [hidden], [aria-hidden="true"], repere-card, repere-mark';

function isSkippedElement(element: Element): boolean {
  return SKIPPED_SUBTREES.has(element.nodeName);
}

/**
 * The text nodes under `root`, in document order, one at a time so a long
 * walk can be spread over several slices of main-thread time. Calls
 * `onShadowRoot` for each open shadow root met on the way.
 */
export function* textNodesIn(
  root: Node,
  onShadowRoot: (shadowRoot: ShadowRoot) => void = () => {},
): Generator<Text, void, undefined> {
  if (root.nodeType === Node.TEXT_NODE) {
    yield root as Text;
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) return;
  // The common case of added content, an element holding just its text, needs no walker.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === Node.TEXT_NODE && !(root as Element).shadowRoot) {
    yield only as Text;
    return;
  }
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) onShadowRoot((root as Element).shadowRoot!);
  let node: Node | null = walker.nextNode();
  while (node !== null) {
    if (node.nodeType === Node.TEXT_NODE) {
      yield node as Text;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (isSkippedElement(element)) {
      node = nextOutside(walker);
      continue;
    }
    if (element.shadowRoot) onShadowRoot(element.shadowRoot);
    node = walker.nextNode();
  }
}

/** The next node after the walker's current node that is not inside it. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
