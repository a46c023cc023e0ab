import type { Matcher, TermMatch } from '@/utils/matcher/compile-matcher';
import { allowsAmbiguousTerm, countHealthVocabulary } from '@/utils/matcher/page-context';
import type { AmbiguityLevel } from '@/utils/settings/settings';
import type { Highlighter } from './highlighter';
import type { Mark } from './mark';
import { EXCLUDED_ANCESTORS } from './text-nodes';

interface PendingMatch {
  termId: string;
  start: number;
  end: number;
}

/**
 * The marks of one document: which text node holds which occurrence, which
 * ambiguous occurrences wait for more evidence, and how many times each term
 * appears. Each marked span is one occurrence.
 */
export class PageMarks {
  private readonly byNode = new Map<Text, Mark[]>();
  /** Ambiguous occurrences not (yet) backed by enough page evidence. */
  private readonly pending = new Map<Text, PendingMatch[]>();
  /** Unambiguous occurrences per term: the page's strongest evidence. */
  private readonly unambiguousCounts = new Map<string, number>();
  private healthVocabulary: number | null = null;
  private readonly document: Document;
  private readonly highlighter: Highlighter;
  private matcher: Matcher;
  private ambiguity: AmbiguityLevel;

  constructor({
    document,
    highlighter,
    matcher,
    ambiguity,
  }: {
    document: Document;
    highlighter: Highlighter;
    matcher: Matcher;
    ambiguity: AmbiguityLevel;
  }) {
    this.document = document;
    this.highlighter = highlighter;
    this.matcher = matcher;
    this.ambiguity = ambiguity;
  }

  /** Finds the occurrences in these text nodes (replacing what they held before). */
  scan(nodes: Iterable<Text>): void {
    const created: Mark[] = [];
    const eligibility = new Map<Element, boolean>();
    for (const node of nodes) {
      if (this.byNode.has(node) || this.pending.has(node)) this.forget(node);
      const data = node.data;
      if (data.length < 2) continue;
      const matches = this.matcher.findMatches(data);
      if (matches.length === 0 || !this.isEligible(node, eligibility)) continue;
      for (const match of matches) {
        if (match.ambiguous) {
          this.addPending(node, match);
          continue;
        }
        this.unambiguousCounts.set(match.termId, (this.unambiguousCounts.get(match.termId) ?? 0) + 1);
        created.push(this.createMark(node, match));
      }
    }
    this.healthVocabulary = null;
    created.push(...this.promotePending());
    this.register(created);
  }

  /** Drops the marks of nodes that left the document (or whose text changed). */
  pruneDisconnected(): void {
    for (const node of [...this.byNode.keys(), ...this.pending.keys()]) {
      if (!node.isConnected) this.forget(node);
    }
  }

  forget(node: Text): void {
    const marks = this.byNode.get(node);
    if (marks) {
      this.highlighter.remove(marks);
      this.byNode.delete(node);
    }
    this.pending.delete(node);
  }

  /** Re-reads every node with new settings or a new dataset. */
  reset({ matcher, ambiguity }: { matcher?: Matcher; ambiguity?: AmbiguityLevel }): void {
    if (matcher) this.matcher = matcher;
    if (ambiguity) this.ambiguity = ambiguity;
    this.clear();
  }

  clear(): void {
    this.highlighter.clear();
    this.byNode.clear();
    this.pending.clear();
    this.unambiguousCounts.clear();
    this.healthVocabulary = null;
  }

  /** The mark under a caret position, if any. */
  markAt(node: Node, offset: number): Mark | null {
    const marks = this.byNode.get(node as Text);
    if (!marks) return null;
    return marks.find((mark) => mark.range.startOffset <= offset && offset <= mark.range.endOffset) ?? null;
  }

  /** Every mark, in document order. */
  marksInOrder(): Mark[] {
    const all = [...this.byNode.values()].flat();
    return all.sort((a, b) => {
      if (a.node === b.node) return a.range.startOffset - b.range.startOffset;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** Occurrences per term, as `page-terms` reports them. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const marks of this.byNode.values()) {
      for (const mark of marks) counts.set(mark.termId, (counts.get(mark.termId) ?? 0) + 1);
    }
    return counts;
  }

  get size(): number {
    let total = 0;
    for (const marks of this.byNode.values()) total += marks.length;
    return total;
  }

  private isEligible(node: Text, cache: Map<Element, boolean>): boolean {
    const parent = node.parentElement;
    if (!parent) return false;
    let eligible = cache.get(parent);
    if (eligible === undefined) {
      eligible =
        parent.closest(EXCLUDED_ANCESTORS) === null &&
        // checkVisibility: display:none, visibility:hidden and content-visibility.
        (typeof parent.checkVisibility !== 'function' || parent.checkVisibility({ visibilityProperty: true }));
      cache.set(parent, eligible);
    }
    return eligible;
  }

  private createMark(node: Text, match: Pick<TermMatch, 'start' | 'end' | 'termId'>): Mark {
    const range = this.document.createRange();
    range.setStart(node, match.start);
    range.setEnd(node, match.end);
    return { termId: match.termId, node, range };
  }

  private addPending(node: Text, match: TermMatch): void {
    const list = this.pending.get(node) ?? [];
    list.push({ termId: match.termId, start: match.start, end: match.end });
    this.pending.set(node, list);
  }

  /** Marks the waiting ambiguous occurrences that the page's evidence now supports. */
  private promotePending(): Mark[] {
    if (this.pending.size === 0) return [];
    const evidence = {
      unambiguousTerms: new Set(this.unambiguousCounts.keys()),
      healthVocabulary: () => (this.healthVocabulary ??= countHealthVocabulary(this.document.body?.textContent ?? '')),
    };
    const created: Mark[] = [];
    for (const [node, matches] of this.pending) {
      const remaining = matches.filter((match) => {
        if (!allowsAmbiguousTerm(match.termId, evidence, this.ambiguity)) return true;
        if (node.isConnected && match.end <= node.data.length) created.push(this.createMark(node, match));
        return false;
      });
      if (remaining.length === 0) this.pending.delete(node);
      else this.pending.set(node, remaining);
    }
    return created;
  }

  private register(marks: Mark[]): void {
    if (marks.length === 0) return;
    // First draw: the wrapping fallback moves each mark into its own text node.
    this.highlighter.add(marks);
    for (const mark of marks) {
      const list = this.byNode.get(mark.node);
      if (list) list.push(mark);
      else this.byNode.set(mark.node, [mark]);
    }
  }
}
