import type { Matcher, TermMatch } from '../matcher/compile-matcher';
import { allowsAmbiguousTerm, healthVocabularyIn, isDefinedOtherwise } from '../matcher/page-context';
import type { AmbiguityLevel } from '../settings/settings';
import type { Highlighter } from './highlighter';
import { countByTerm, markAcrossNodes, markInNode, precedes, type Mark } from './mark';
import { EXCLUDED_ANCESTORS } from './text-nodes';

/** Joins the texts of a batch of nodes: not a space, a letter, a hyphen or an apostrophe, so no alias spans it. */
const NODE_SEPARATOR = '\u0000';

type PendingMatch = Pick<TermMatch, 'termId' | 'start' | 'end'>;

export interface MarkingRules {
  ambiguity: AmbiguityLevel;
  /** Mark each programme once per page: its first occurrence in reading order. */
  firstMentionOnly: boolean;
  /** Terms not marked at all (a muted category). */
  isMuted: (termId: string) => boolean;
  /** Read a batch's nodes as lines of one text (the PDF viewer): a name may run from one into the next. */
  joinLines?: boolean;
}

/**
 * The occurrences of one document: which text node holds which, which
 * ambiguous ones wait for more evidence, and which are drawn. Each marked
 * span is one occurrence. This is the one place of the ambiguity rule and
 * of "first mention only": the content script, the PDF viewer, the
 * welcome page and the accuracy corpus all run it.
 */
export class PageMarks {
  private readonly byNode = new Map<Text, Mark[]>();
  /** Ambiguous occurrences not (yet) backed by enough page evidence. */
  private readonly pending = new Map<Text, PendingMatch[]>();
  /** Unambiguous occurrences per term, muted ones included: the page's strongest evidence. */
  private readonly unambiguousCounts = new Map<string, number>();
  /** Occurrences running from their node into the next (joinLines): hit-tested on every node they cover. */
  private readonly spanning = new Set<Mark>();
  /** With first mention only: the one drawn occurrence of each term. */
  private readonly shown = new Map<string, Mark>();
  /** Health-policy words of the page: read whole the first time an ambiguous occurrence needs them, then kept up to date. */
  private vocabulary: Set<string> | null = null;
  private readonly document: Document;
  private readonly highlighter: Highlighter;
  private readonly matcher: Matcher;
  private readonly rules: MarkingRules;

  constructor({ document, highlighter, matcher, rules }: { document: Document; highlighter: Highlighter; matcher: Matcher; rules: MarkingRules }) {
    this.document = document;
    this.highlighter = highlighter;
    this.matcher = matcher;
    this.rules = rules;
  }

  /**
   * Finds the occurrences in these text nodes (replacing what they held
   * before), their texts read as one so the regex engine scans a batch in
   * one pass (a pass per node cost 27,000 calls on a 1 MB page). Joined by a
   * character no alias holds, so no occurrence runs from one node into the
   * next; with `joinLines`, by a line break, which a name may cross.
   */
  scan(nodes: Iterable<Text>): void {
    const read: Text[] = [];
    const texts: string[] = [];
    // A subtree queued twice (the PDF viewer re-reads pages) may bring a node twice: read it once.
    const inBatch = new Set<Text>();
    for (const node of nodes) {
      if (inBatch.has(node)) continue;
      inBatch.add(node);
      if (this.byNode.has(node) || this.pending.has(node)) this.forget(node);
      const text = node.data;
      if (text.length < 2) continue;
      read.push(node);
      texts.push(text);
    }
    if (read.length === 0) return;
    const separator = this.rules.joinLines ? '\n' : NODE_SEPARATOR;
    const joined = texts.join(separator);
    const created: Mark[] = [];
    const eligibility = new Map<Element, boolean>();
    let index = 0;
    let nodeStart = 0;
    let inNode: TermMatch[] = [];
    const flush = () => {
      if (inNode.length > 0) this.collect(read[index]!, inNode, eligibility, created);
      inNode = [];
    };
    for (const match of this.matcher.findMatches(joined)) {
      while (match.start >= nodeStart + texts[index]!.length) {
        flush();
        nodeStart += texts[index]!.length + separator.length;
        index++;
      }
      if (match.end - nodeStart > texts[index]!.length) {
        if (match.ambiguous) continue; // Across lines: unambiguous names only (pending ones wait per node).
        this.unambiguousCounts.set(match.termId, (this.unambiguousCounts.get(match.termId) ?? 0) + 1);
        if (this.rules.isMuted(match.termId) || !this.isEligible(read[index]!, eligibility)) continue;
        const across = markAcrossNodes(this.document, { nodes: read, texts, separatorLength: separator.length }, { index, start: nodeStart }, match);
        this.spanning.add(across);
        created.push(across);
        continue;
      }
      inNode.push({ ...match, start: match.start - nodeStart, end: match.end - nodeStart });
    }
    flush();
    if (this.vocabulary) for (const word of healthVocabularyIn(joined)) this.vocabulary.add(word);
    this.finish(created);
  }

  /**
   * Reads one window of a huge text node (a 10 MB node must not hold the main thread
   * for seconds), in order from 0, the node's text read once by the caller; returns
   * where the next one starts (after the last occurrence, which may run past `to`).
   */
  scanWindow(node: Text, text: string, from: number, to: number): number {
    if (from === 0 && (this.byNode.has(node) || this.pending.has(node))) this.forget(node);
    const created: Mark[] = [];
    const matches = this.matcher.findMatches(text, from, to);
    this.collect(node, matches, new Map(), created);
    if (this.vocabulary) for (const word of healthVocabularyIn(text.slice(from, to))) this.vocabulary.add(word);
    this.finish(created);
    return Math.max(to, matches.at(-1)?.end ?? to);
  }

  private collect(node: Text, matches: TermMatch[], eligibility: Map<Element, boolean>, created: Mark[]): void {
    if (matches.length === 0 || !this.isEligible(node, eligibility)) return;
    matches.forEach((match, index) => {
      if (!match.ambiguous) this.unambiguousCounts.set(match.termId, (this.unambiguousCounts.get(match.termId) ?? 0) + 1);
      if (this.rules.isMuted(match.termId)) return;
      if (!match.ambiguous) {
        created.push(markInNode(this.document, node, match));
        return;
      }
      const previous = matches[index - 1];
      // "hébergeur de données de santé » (HDS)": the name, quotes, the acronym.
      const namedJustBefore = previous?.termId === match.termId && /^[\s«»"“”'’(]{0,6}$/.test(node.data.slice(previous.end, match.start));
      if (!isDefinedOtherwise(node.data, match.start, match.end, namedJustBefore)) this.addPending(node, match);
    });
  }

  private finish(created: Mark[]): void {
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
      for (const mark of marks) this.spanning.delete(mark);
      if (this.rules.firstMentionOnly) for (const mark of marks) if (this.shown.get(mark.termId) === mark) this.reshow(mark.termId);
    }
    this.pending.delete(node);
  }

  clear(): void {
    this.highlighter.clear();
    this.byNode.clear();
    this.spanning.clear();
    this.pending.clear();
    this.unambiguousCounts.clear();
    this.shown.clear();
    this.vocabulary = null;
  }

  /** The mark under a caret position, if any (drawn or not: a counted occurrence still opens its card). */
  markAt(node: Node, offset: number): Mark | null {
    const inNode = this.byNode.get(node as Text) ?? [];
    const candidates = this.spanning.size === 0 ? inNode : [...inNode, ...this.spanning];
    const mark = candidates.find((candidate) => candidate.range.isPointInRange(node, offset)) ?? null;
    return mark && this.isDrawn(mark) ? mark : null;
  }

  /** Every drawn, visible mark, in document order: what keyboard stepping walks through. */
  marksInOrder(): Mark[] {
    return this.visibleMarks()
      .filter((mark) => this.isDrawn(mark))
      .sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
  }

  /** Occurrences per term, as `page-terms` reports them: visible text only, drawn or not. */
  counts(): Map<string, number> {
    return countByTerm(this.visibleMarks());
  }

  /** Every occurrence in all the text read, shown or not (a census of text that is not on the page). */
  allMarks(): Mark[] {
    return [...this.byNode.values()].flat();
  }

  /** The term ids found, hidden text included. */
  termIds(): Set<string> {
    return new Set(this.allMarks().map((mark) => mark.termId));
  }

  private isDrawn(mark: Mark): boolean {
    return !this.rules.firstMentionOnly || this.shown.get(mark.termId) === mark;
  }

  /**
   * Marks whose text is rendered. Checked only when asked (counts, keyboard stepping),
   * never while scanning: `checkVisibility()` needs fresh styles, and forcing a style
   * recalculation per batch of a page busy mutating cost seconds in a mutation storm.
   * A hidden occurrence keeps its (invisible) highlight and shows when its text does.
   */
  private visibleMarks(): Mark[] {
    const visible = new Map<Element, boolean>();
    const result: Mark[] = [];
    for (const [node, marks] of this.byNode) {
      const parent = node.parentElement;
      if (!parent) continue;
      let shown = visible.get(parent);
      if (shown === undefined) {
        shown = typeof parent.checkVisibility !== 'function' || parent.checkVisibility({ visibilityProperty: true });
        visible.set(parent, shown);
      }
      if (shown) result.push(...marks);
    }
    return result;
  }

  private isEligible(node: Text, cache: Map<Element, boolean>): boolean {
    const parent = node.parentElement;
    if (!parent) return false;
    let eligible = cache.get(parent);
    if (eligible === undefined) {
      eligible = parent.closest(EXCLUDED_ANCESTORS) === null;
      cache.set(parent, eligible);
    }
    return eligible;
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
      healthVocabulary: () => (this.vocabulary ??= healthVocabularyIn(this.document.body?.textContent ?? '')).size,
    };
    const created: Mark[] = [];
    for (const [node, matches] of this.pending) {
      const remaining = matches.filter((match) => {
        if (!allowsAmbiguousTerm(match.termId, evidence, this.rules.ambiguity)) return true;
        if (node.isConnected && match.end <= node.length) created.push(markInNode(this.document, node, match));
        return false;
      });
      if (remaining.length === 0) this.pending.delete(node);
      else this.pending.set(node, remaining);
    }
    return created;
  }

  private register(marks: Mark[]): void {
    if (marks.length === 0) return;
    for (const mark of marks) {
      const list = this.byNode.get(mark.node);
      if (list) list.push(mark);
      else this.byNode.set(mark.node, [mark]);
    }
    if (!this.rules.firstMentionOnly) {
      // First draw: the wrapping fallback moves each mark into its own text node.
      this.highlighter.add(marks);
      return;
    }
    for (const mark of marks) {
      const current = this.shown.get(mark.termId);
      if (current && precedes(current, mark)) continue;
      if (current) this.highlighter.remove([current]);
      this.shown.set(mark.termId, mark);
      this.highlighter.add([mark]);
    }
  }

  /** The drawn mark of a term went away: draw the term's next first occurrence instead. */
  private reshow(termId: string): void {
    this.shown.delete(termId);
    let first: Mark | null = null;
    for (const marks of this.byNode.values()) {
      for (const mark of marks) if (mark.termId === termId && mark.node.isConnected && (!first || precedes(mark, first))) first = mark;
    }
    if (first) {
      this.shown.set(termId, first);
      this.highlighter.add([first]);
    }
  }
}
