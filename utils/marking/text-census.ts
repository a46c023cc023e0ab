import type { Matcher } from '../matcher/compile-matcher';
import type { Highlighter } from './highlighter';
import { countByTerm } from './mark';
import { PageMarks, type MarkingRules } from './page-marks';

/** A census draws nothing. */
const NO_HIGHLIGHTS: Highlighter = {
  add: () => undefined,
  remove: () => undefined,
  setActive: () => undefined,
  setStyle: () => undefined,
  styleShadowRoot: () => undefined,
  clear: () => undefined,
  destroy: () => undefined,
};

/**
 * Counts the programmes of texts that are not on the page, by the page's
 * own rule (PageMarks: ambiguity, muted categories, lines joined): the PDF
 * viewer's pages that pdf.js has not rendered yet, so that "Sur cette page"
 * counts a whole document, as it does a whole web page. The texts live in
 * a document of their own that is never shown.
 */
export class TextCensus {
  private readonly document: Document;
  private readonly marks: PageMarks;

  constructor({ implementation, matcher, rules }: { implementation: DOMImplementation; matcher: Matcher; rules: MarkingRules }) {
    this.document = implementation.createHTMLDocument('');
    this.marks = new PageMarks({ document: this.document, highlighter: NO_HIGHLIGHTS, matcher, rules });
  }

  /** The part (0 for the first one added) each text node belongs to. */
  private readonly partOf = new Map<Node, number>();

  /** Reads one more part (a PDF page), its lines in reading order. */
  add(lines: readonly string[]): void {
    const part = this.document.createElement('div');
    const index = this.document.body.childElementCount;
    const nodes = lines.map((line) => part.appendChild(this.document.createTextNode(line)));
    for (const node of nodes) this.partOf.set(node, index);
    this.document.body.append(part);
    this.marks.scan(nodes);
  }

  counts(): Map<string, number> {
    return countByTerm(this.marks.allMarks());
  }

  /** The first part that names each programme (where to go to show it). */
  firstParts(): Map<string, number> {
    const first = new Map<string, number>();
    for (const mark of this.marks.allMarks()) {
      const part = this.partOf.get(mark.node) ?? 0;
      if (part < (first.get(mark.termId) ?? Infinity)) first.set(mark.termId, part);
    }
    return first;
  }
}
