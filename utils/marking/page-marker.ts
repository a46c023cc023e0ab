import type { Category } from '../dataset/categories';
import type { Matcher } from '../matcher/compile-matcher';
import type { ContentSettings } from '../settings/settings';
import { createHighlighter, type Highlighter } from './highlighter';
import { markAtPoint } from './hit-test';
import type { Mark } from './mark';
import { MutationWatcher, type MutationBatch, type Timers } from './mutation-watcher';
import { PageMarks, type MarkingRules } from './page-marks';
import { ScanQueue } from './scan-queue';

export interface PageMarkerOptions {
  document: Document;
  matcher: Matcher;
  settings: Pick<ContentSettings, 'markStyle' | 'ambiguity' | 'firstMentionOnly' | 'mutedCategories'>;
  categoryOf: (termId: string) => Category | undefined;
  /** Where to read (the page's body by default; the PDF viewer's text layer). */
  root?: Node;
  /** Keep up with the page's changes (default true). */
  watch?: boolean;
  timers?: Timers;
  /** Called after each batch of reading that changed the marks. */
  onMarksChanged?: () => void;
  /** Text nodes are lines (a PDF's text layer): a name may run from one into the next. */
  joinLines?: boolean;
}

/** The reader's settings as the rules PageMarks applies (the marker's, and a census's of text not on the page). */
export function markingRulesOf(options: Pick<PageMarkerOptions, 'settings' | 'categoryOf' | 'joinLines'>): MarkingRules {
  const muted = new Set<string>(options.settings.mutedCategories);
  return {
    ambiguity: options.settings.ambiguity,
    firstMentionOnly: options.settings.firstMentionOnly,
    isMuted: (termId) => muted.has(options.categoryOf(termId) ?? ''),
    joinLines: options.joinLines ?? false,
  };
}

/**
 * Repère's marking of one document, without any extension API: reads its
 * text (sliced, shadow roots included), marks the occurrences, keeps up
 * with its changes, and answers where the marks are. The content script,
 * the PDF viewer and the welcome page run it on their own documents; the
 * accuracy corpus runs it under happy-dom.
 */
export class PageMarker {
  private readonly document: Document;
  private readonly window: Window & typeof globalThis;
  private readonly highlighter: Highlighter;
  private readonly marks: PageMarks;
  private readonly queue: ScanQueue;
  private readonly watcher: MutationWatcher | null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly options: PageMarkerOptions;
  private destroyed = false;

  constructor(options: PageMarkerOptions) {
    this.options = options;
    this.document = options.document;
    this.window = options.document.defaultView as Window & typeof globalThis;
    this.highlighter = createHighlighter(this.document, options.settings.markStyle);
    this.marks = new PageMarks({
      document: this.document,
      highlighter: this.highlighter,
      matcher: options.matcher,
      rules: markingRulesOf(options),
    });
    this.queue = new ScanQueue({
      window: this.window,
      wholeRoots: options.joinLines ?? false,
      reader: {
        read: (nodes) => this.marks.scan(nodes),
        readWindow: (node, text, from, to) => this.marks.scanWindow(node, text, from, to),
        onShadowRoot: (shadowRoot) => this.adoptShadowRoot(shadowRoot),
      },
    });
    this.watcher =
      options.watch === false
        ? null
        : new MutationWatcher({ window: this.window, onBatch: (batch) => this.onMutations(batch), ...(options.timers ? { timers: options.timers } : {}) });
  }

  /** Reads the document once, then keeps up with it. */
  async start(): Promise<void> {
    const root = this.options.root ?? this.document.body ?? this.document.documentElement;
    if (!root) return;
    this.watcher?.observe(root);
    this.queue.enqueue(root);
    await this.queue.drain();
    this.options.onMarksChanged?.();
  }

  /** Also reads and watches this subtree (a shadow root the bootstrap found). */
  include(root: Node): void {
    if (root instanceof this.window.ShadowRoot) this.adoptShadowRoot(root);
    else this.queue.enqueue(root);
    void this.queue.drain().then(() => this.options.onMarksChanged?.());
  }

  /**
   * Drops the marks of text that left the document, for a caller that does
   * not watch (the PDF viewer, whose text layers pdf.js rebuilds on zoom).
   */
  forgetDetached(): void {
    this.marks.pruneDisconnected();
  }

  /** Resolves once everything queued so far has been read. */
  scanned(): Promise<void> {
    return this.queue.idle();
  }

  get busyMs(): number {
    return this.queue.busyMs;
  }

  counts(): Map<string, number> {
    return this.marks.counts();
  }

  marksInOrder(): Mark[] {
    return this.marks.marksInOrder();
  }

  termIds(): Set<string> {
    return this.marks.termIds();
  }

  markAt(x: number, y: number): Mark | null {
    return markAtPoint({ document: this.document, marks: this.marks, x, y, shadowRoots: [...this.shadowRoots] });
  }

  setActive(mark: Mark | null): void {
    this.highlighter.setActive(mark);
  }

  setStyle(style: ContentSettings['markStyle']): void {
    this.highlighter.setStyle(style);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.watcher?.disconnect();
    this.queue.destroy();
    this.marks.clear();
    this.highlighter.destroy();
    this.shadowRoots.clear();
  }

  private adoptShadowRoot(shadowRoot: ShadowRoot): void {
    if (this.shadowRoots.has(shadowRoot)) return;
    this.shadowRoots.add(shadowRoot);
    this.highlighter.styleShadowRoot(shadowRoot);
    this.watcher?.observe(shadowRoot);
    this.queue.enqueue(shadowRoot);
  }

  private onMutations(batch: MutationBatch): void {
    if (this.destroyed) return;
    if (batch.removed || batch.changed.size > 0) this.marks.pruneDisconnected();
    for (const node of batch.added) if (node.isConnected) this.queue.enqueue(node);
    for (const node of batch.changed) if (node.isConnected) this.queue.enqueue(node);
    void this.queue.drain().then(() => this.options.onMarksChanged?.());
  }
}
