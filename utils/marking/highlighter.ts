import type { MarkStyle } from '../settings/settings';
import type { Mark } from './mark';
import { MARK_WRAPPER_TAG } from './own-ui';
import { VisibleMarks } from './visible-marks';
// The same rules the manifest injects into every page (highlights.css), as text for shadow roots.
import highlightRules from './highlights.css?inline';

/**
 * Draws the marks. With the CSS Custom Highlight API the page's DOM is never
 * touched: ranges are registered with `CSS.highlights` and styled by
 * `::highlight()` rules from the content script's stylesheet (injected by
 * the browser, not as a <style> element). Where the API is missing, the
 * occurrences are wrapped in <repere-mark> elements instead.
 */
export interface Highlighter {
  /** Draws new marks; the fallback may re-point their node and range. */
  add(marks: Mark[]): void;
  remove(marks: Mark[]): void;
  /** The one mark shown as selected (hovered or reached by keyboard). */
  setActive(mark: Mark | null): void;
  setStyle(style: MarkStyle): void;
  /** Shadow roots do not see the page's stylesheets: give them the highlight rules. */
  styleShadowRoot(shadowRoot: ShadowRoot): void;
  clear(): void;
  /** Clears and unregisters everything this highlighter added to the document. */
  destroy(): void;
}

export function createHighlighter(document: Document, style: MarkStyle): Highlighter {
  const view = document.defaultView;
  if (view && 'highlights' in view.CSS && typeof view.Highlight === 'function') {
    return new CustomHighlighter(view, style);
  }
  return new WrappingHighlighter(document, style);
}

/**
 * Up to this many marks, all are registered: the browser's per-change check
 * of them costs nothing measurable (17 ms frames with 0 or 1,000 ranges in
 * the benchmark page). Past it, only the marks near the viewport are
 * (see VisibleMarks).
 */
const ALL_REGISTERED_UP_TO = 1000;

class CustomHighlighter implements Highlighter {
  /** The registered ranges: every mark's, or on a page with very many, those near the viewport. */
  private readonly marks: Highlight;
  /**
   * Every mark's range while all are registered; our own copy because a
   * Highlight cannot be read back from a content script in Firefox (its
   * iterator, "Xray wrapping of iterators not supported", nor its forEach,
   * "Permission denied"). Null once `visible` holds them.
   */
  private allRegistered: Set<Range> | null = new Set();
  /** Set once a page has very many marks: from then on it holds every range, `marks` those near the viewport. */
  private visible: VisibleMarks | null = null;
  private readonly active: Highlight;
  private style: MarkStyle;
  private readonly view: Window & typeof globalThis;
  private sheet: CSSStyleSheet | null = null;

  constructor(view: Window & typeof globalThis, style: MarkStyle) {
    this.view = view;
    this.marks = new view.Highlight();
    this.active = new view.Highlight();
    this.style = style;
    this.register();
    view.CSS.highlights.set('repere-active', this.active);
  }

  private register(): void {
    this.view.CSS.highlights.delete('repere-underline');
    this.view.CSS.highlights.delete('repere-background');
    if (this.style !== 'none') this.view.CSS.highlights.set(`repere-${this.style}`, this.marks);
  }

  add(marks: Mark[]): void {
    for (const mark of marks) {
      if (this.visible) {
        this.visible.add(mark.range);
      } else {
        this.marks.add(mark.range);
        this.allRegistered?.add(mark.range);
      }
    }
    if (this.allRegistered && this.allRegistered.size > ALL_REGISTERED_UP_TO) this.registerOnlyNearViewport(this.allRegistered);
  }

  remove(marks: Mark[]): void {
    for (const mark of marks) {
      this.visible?.remove(mark.range);
      this.allRegistered?.delete(mark.range);
      this.marks.delete(mark.range);
      this.active.delete(mark.range);
    }
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    if (mark) this.active.add(mark.range);
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    this.register();
  }

  styleShadowRoot(shadowRoot: ShadowRoot): void {
    try {
      this.sheet ??= new this.view.CSSStyleSheet();
      if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(highlightRules);
      if (!shadowRoot.adoptedStyleSheets.includes(this.sheet)) {
        shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, this.sheet];
      }
    } catch {
      // A browser that refuses a stylesheet from the content script's world:
      // the marks in that shadow root stay invisible, the hover still works.
    }
  }

  clear(): void {
    this.visible?.disconnect();
    this.visible = null;
    this.allRegistered = new Set();
    this.marks.clear();
    this.active.clear();
  }

  destroy(): void {
    this.clear();
    for (const name of ['repere-underline', 'repere-background', 'repere-active']) this.view.CSS.highlights.delete(name);
  }

  private registerOnlyNearViewport(all: Set<Range>): void {
    this.allRegistered = null;
    this.marks.clear();
    this.visible = new VisibleMarks(
      this.view,
      (near) => {
        for (const range of near) this.marks.add(range);
      },
      (away) => {
        for (const range of away) this.marks.delete(range);
      },
    );
    for (const range of all) this.visible.add(range);
  }
}

/** The fallback: real elements around each occurrence (changes the DOM, so only where needed). */
class WrappingHighlighter implements Highlighter {
  private readonly document: Document;
  private style: MarkStyle;
  private readonly wrappers = new Map<Mark, HTMLElement>();
  private activeWrapper: HTMLElement | null = null;

  constructor(document: Document, style: MarkStyle) {
    this.document = document;
    this.style = style;
  }

  add(marks: Mark[]): void {
    // Right to left, so the offsets of earlier marks in the same node stay valid.
    const ordered = [...marks].sort((a, b) =>
      a.node === b.node ? b.range.startOffset - a.range.startOffset : 0,
    );
    for (const mark of ordered) {
      const wrapper = this.document.createElement(MARK_WRAPPER_TAG);
      wrapper.dataset.style = this.style;
      wrapper.dataset.term = mark.termId;
      try {
        mark.range.surroundContents(wrapper);
      } catch {
        continue;
      }
      const inner = wrapper.firstChild;
      if (inner && inner.nodeType === Node.TEXT_NODE) {
        mark.node = inner as Text;
        mark.range.selectNodeContents(inner);
      }
      this.wrappers.set(mark, wrapper);
    }
  }

  remove(marks: Mark[]): void {
    for (const mark of marks) {
      const wrapper = this.wrappers.get(mark);
      this.wrappers.delete(mark);
      if (!wrapper?.parentNode) continue;
      wrapper.replaceWith(...wrapper.childNodes);
    }
  }

  setActive(mark: Mark | null): void {
    this.activeWrapper?.removeAttribute('data-active');
    this.activeWrapper = mark ? (this.wrappers.get(mark) ?? null) : null;
    this.activeWrapper?.setAttribute('data-active', '');
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    for (const wrapper of this.wrappers.values()) wrapper.dataset.style = style;
  }

  styleShadowRoot(): void {}

  clear(): void {
    this.remove([...this.wrappers.keys()]);
  }

  destroy(): void {
    this.clear();
  }
}
