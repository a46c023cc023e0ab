import { detectPublicationDate } from '@/utils/article-date/detect-publication-date';
import { buildCardModel } from '@/utils/card/card-model';
import type { TermDetails } from '@/utils/dataset/term-details';
import { todayIso } from '@/utils/dates/format-date';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { compileMatcher, type Matcher } from '@/utils/matcher/compile-matcher';
import type { ContentRequest, ContentResponses } from '@/utils/messaging/contract';
import { askBackground } from '@/utils/adapters/messaging/send';
import { isActiveOn, type Settings } from '@/utils/settings/settings';
import { CardHost } from '@/components/term-card/card-host';
import { createHighlighter, type Highlighter } from './highlighter';
import { markAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import type { Mark } from './mark';
import { MutationWatcher, type MutationBatch } from './mutation-watcher';
import { PageMarks } from './page-marks';
import { textNodesIn } from './text-nodes';
import { yieldToPage } from './yield-to-page';

/** Longest stretch of scanning before the page gets the main thread back (well under a frame). */
const SLICE_MS = 8;
/** Text nodes longer than this are read a window at a time (about 2 ms of matching each). */
const LARGE_TEXT_WINDOW = 64 * 1024;
/** The first test over the page's whole text runs a quarter-megabyte per slice. */
const REJECT_WINDOW = 256 * 1024;
/** Below this many elements, a page with no term in its light DOM is still searched for shadow roots. */
const SHADOW_SEARCH_LIMIT = 5000;

/**
 * Repère in one document (one per frame): finds the terms, marks them, keeps
 * up with the page's changes, and opens the card on hover or by keyboard.
 * Everything it adds can be removed again (pause, site switch) without a
 * reload.
 */
export class PageSession {
  private readonly document: Document;
  private readonly window: Window & typeof globalThis;
  private settings: Settings;
  private running = false;
  private marks: PageMarks | null = null;
  private highlighter: Highlighter | null = null;
  private watcher: MutationWatcher | null = null;
  private hover: HoverIntent | null = null;
  private readonly card: CardHost;
  private readonly details = new Map<string, TermDetails>();
  private datasetHash: string | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Walks waiting to be read (a root each), and how far the reading has got. */
  private sources: Iterator<Text, void>[] = [];
  private sourcesHead = 0;
  /**
   * A huge text node being read a window at a time, with its text read once:
   * every `node.data` makes a fresh copy of the whole string.
   */
  private largeNode: { node: Text; text: string; offset: number } | null = null;
  private draining: Promise<void> | null = null;
  /** Main-thread time Repère's reading has taken on this page (slices and first test), for the benchmark. */
  private busyMs = 0;
  private firstScan: Promise<void> = Promise.resolve();
  private steppedMark: Mark | null = null;
  private articleDay: string | null | undefined;
  private generation = 0;

  constructor({ window, settings }: { window: Window & typeof globalThis; settings: Settings }) {
    this.window = window;
    this.document = window.document;
    this.settings = settings;
    this.card = new CardHost(this.document);
  }

  /** Starts or stops according to the settings (pause, per-site switch). */
  async applySettings(settings: Settings): Promise<void> {
    const previous = this.settings;
    this.settings = settings;
    const shouldRun = isActiveOn(settings, this.window.location.href);
    if (!shouldRun) return this.stop();
    if (!this.running) return this.start();
    if (previous.markStyle !== settings.markStyle) this.highlighter?.setStyle(settings.markStyle);
    if (previous.ambiguity !== settings.ambiguity) await this.rescanAll();
    if (previous.language !== settings.language) this.card.hide();
  }

  /** The installed dataset changed: use the new one at once. */
  async reloadDataset(): Promise<void> {
    if (!this.running) return;
    this.stop();
    await this.start();
  }

  async start(): Promise<void> {
    if (this.running || !isActiveOn(this.settings, this.window.location.href)) return;
    this.running = true;
    const generation = ++this.generation;
    const startedAt = performance.now();
    this.busyMs = 0;
    let resolveFirstScan!: () => void;
    this.firstScan = new Promise((resolve) => (resolveFirstScan = resolve));
    try {
      const index = await askBackground({ type: 'get-index' });
      if (generation !== this.generation) return;
      this.datasetHash = index.hash;
      const matcher = compileMatcher(index.aliases);
      this.highlighter = createHighlighter(this.document, this.settings.markStyle);
      this.marks = new PageMarks({
        document: this.document,
        highlighter: this.highlighter,
        matcher,
        ambiguity: this.settings.ambiguity,
      });
      this.watcher = new MutationWatcher({ window: this.window, onBatch: (batch) => this.onMutations(batch) });
      this.watcher.observe(this.document);
      this.hover = new HoverIntent({
        window: this.window,
        hitTest: (x, y) => this.markAt(x, y),
        isCardTarget: (target) => this.card.contains(target),
        onOpen: (mark, pointer) => void this.openCard(mark, { focus: false, pointer }),
        onClose: () => this.closeCard(),
        isOpenOn: (mark) => this.card.isOpen && this.card.termId === mark.termId && this.steppedMark === mark,
        isOpen: () => this.card.isOpen,
      });
      this.window.addEventListener('keydown', this.onKeyDown, true);

      const root = this.document.body ?? this.document.documentElement;
      // Most pages name no programme: one native read of the text and one
      // pass of the matcher settle them before any per-node work.
      const readStart = performance.now();
      const text = root?.textContent ?? '';
      this.busyMs += performance.now() - readStart;
      if (root && ((await this.hasMatchInSlices(matcher, text)) || this.document.getElementsByTagName('*').length <= SHADOW_SEARCH_LIMIT)) {
        this.enqueue(root);
        await this.drain();
      }
      // User Timing entries: visible in DevTools and read by `npm run bench`.
      performance.measure('repere:first-scan', { start: startedAt });
      performance.measure('repere:scan-busy', { start: startedAt, duration: this.busyMs });
      if (generation === this.generation) await this.prefetchDetails();
    } catch (error) {
      // The background may be updating or restarting: this page stays unmarked.
      console.warn('[Repère] could not start on this page', error);
    } finally {
      resolveFirstScan();
    }
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.watcher?.disconnect();
    this.hover?.destroy();
    this.window.removeEventListener('keydown', this.onKeyDown, true);
    this.card.hide();
    this.marks?.clear();
    this.marks = null;
    this.highlighter = null;
    this.watcher = null;
    this.hover = null;
    this.sources = [];
    this.sourcesHead = 0;
    this.largeNode = null;
    this.shadowRoots.clear();
    this.details.clear();
    this.steppedMark = null;
  }

  async answer(request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> {
    switch (request.type) {
      case 'page-terms': {
        await this.scanned();
        const counts = this.marks?.counts() ?? new Map<string, number>();
        const terms = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
        return { terms };
      }
      case 'reveal-term': {
        await this.scanned();
        const mark = this.marks?.marksInOrder().find((candidate) => candidate.termId === request.id);
        if (!mark) return { revealed: false };
        await this.reveal(mark, { focus: false });
        return { revealed: true };
      }
      case 'step-term': {
        await this.scanned();
        const { mark, position, total } = this.step(request.direction);
        if (mark) await this.reveal(mark, { focus: true });
        return { termId: mark?.termId ?? null, position, total };
      }
      case 'page-setup-changed':
        // Settings reach this session through storage.onChanged (index.ts).
        return { applied: false };
    }
  }

  /** The cheap first test, over the whole text, a window per slice. */
  private async hasMatchInSlices(matcher: Matcher, text: string): Promise<boolean> {
    for (let from = 0; from < text.length; from += REJECT_WINDOW) {
      const windowStart = performance.now();
      const found = matcher.findMatches(text, from, from + REJECT_WINDOW).length > 0;
      this.busyMs += performance.now() - windowStart;
      if (found) return true;
      if (from + REJECT_WINDOW < text.length) await yieldToPage(this.window);
    }
    return false;
  }

  /**
   * Resolves once the page has been read with the current dataset: a restart
   * (new dataset, settings) replaces the scan being awaited, so wait again.
   */
  private async scanned(): Promise<void> {
    let awaited: Promise<void>;
    do {
      awaited = this.firstScan;
      await awaited;
      if (this.draining) await this.draining;
    } while (awaited !== this.firstScan);
  }

  private markAt(x: number, y: number): Mark | null {
    if (!this.marks) return null;
    return markAtPoint({ document: this.document, marks: this.marks, x, y, shadowRoots: [...this.shadowRoots] });
  }

  private enqueue(root: Node): void {
    this.sources.push(textNodesIn(root, (shadowRoot) => this.adoptShadowRoot(shadowRoot)));
  }

  private adoptShadowRoot(shadowRoot: ShadowRoot): void {
    if (this.shadowRoots.has(shadowRoot)) return;
    this.shadowRoots.add(shadowRoot);
    this.highlighter?.styleShadowRoot(shadowRoot);
    this.watcher?.observe(shadowRoot);
    this.enqueue(shadowRoot);
  }

  private nextQueuedNode(): Text | null {
    while (this.sourcesHead < this.sources.length) {
      const next = this.sources[this.sourcesHead]!.next();
      if (!next.done) return next.value;
      this.sourcesHead++;
    }
    this.sources = [];
    this.sourcesHead = 0;
    return null;
  }

  private get hasQueuedWork(): boolean {
    return this.largeNode !== null || this.sourcesHead < this.sources.length;
  }

  /**
   * Reads the queued text in slices of at most SLICE_MS, giving the page the
   * main thread between them: nodes 32 at a time (one node is cheap, a clock
   * read per node is not free), a huge node one window at a time.
   */
  private drain(): Promise<void> {
    this.draining ??= (async () => {
      const generation = this.generation;
      while (this.hasQueuedWork && generation === this.generation && this.marks) {
        const sliceStart = performance.now();
        const sliceEnd = sliceStart + SLICE_MS;
        while (this.hasQueuedWork && performance.now() < sliceEnd) this.readSome(this.marks);
        // Slices longer than a frame are recorded (DevTools, the tests): there should be none.
        const sliceMs = performance.now() - sliceStart;
        this.busyMs += sliceMs;
        if (sliceMs > 16) performance.measure('repere:long-slice', { start: sliceStart });
        if (this.hasQueuedWork) await yieldToPage(this.window);
      }
    })().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private readSome(marks: PageMarks): void {
    if (this.largeNode) {
      const { node, text, offset } = this.largeNode;
      const next = node.isConnected ? marks.scanWindow(node, text, offset, offset + LARGE_TEXT_WINDOW) : text.length;
      this.largeNode = next < text.length ? { node, text, offset: next } : null;
      return;
    }
    const batch: Text[] = [];
    while (batch.length < 32) {
      const node = this.nextQueuedNode();
      if (!node) break;
      if (node.length > LARGE_TEXT_WINDOW) {
        this.largeNode = { node, text: node.data, offset: 0 };
        break;
      }
      batch.push(node);
    }
    if (batch.length > 0) marks.scan(batch);
  }

  private onMutations(batch: MutationBatch): void {
    if (!this.marks) return;
    if (batch.removed || batch.changed.size > 0) this.marks.pruneDisconnected();
    for (const node of batch.added) if (node.isConnected) this.enqueue(node);
    for (const node of batch.changed) if (node.isConnected) this.enqueue(node);
    if (this.steppedMark && !this.steppedMark.node.isConnected) this.closeCard();
    void this.drain().then(() => this.prefetchDetails());
  }

  private async rescanAll(): Promise<void> {
    this.stop();
    await this.start();
  }

  /** Card details for every term on the page, fetched once so hovering needs no round trip. */
  private async prefetchDetails(): Promise<void> {
    if (!this.marks) return;
    const missing = [...this.marks.termIds()].filter((id) => !this.details.has(id));
    if (missing.length === 0) return;
    const { details } = await askBackground({ type: 'get-term-details', ids: missing });
    for (const detail of details) this.details.set(detail.term.id, detail);
  }

  private async openCard(mark: Mark, { focus }: { focus: boolean; pointer?: { x: number; y: number } }) {
    const requestedAt = performance.now();
    if (!this.details.has(mark.termId)) await this.prefetchDetails();
    const details = this.details.get(mark.termId);
    if (!details || !this.running) return;
    const language = resolveLanguage(this.settings.language, this.window.navigator.languages ?? []);
    // Read once per page: null means "looked, found none", which must not
    // send every hover back through the whole document.
    if (this.articleDay === undefined) this.articleDay = detectPublicationDate(this.document);
    const model = buildCardModel({ details, language, today: todayIso(), articleDay: this.articleDay });
    this.steppedMark = mark;
    this.highlighter?.setActive(mark);
    this.card.show({
      model,
      language,
      anchor: mark.range,
      focus,
      onClose: () => this.closeCard(),
      onOpenTimeline: (termId) => void askBackground({ type: 'open-term-page', id: termId }),
    });
    // From the decision to open to the frame that shows the card.
    this.window.requestAnimationFrame(() => performance.measure('repere:card', { start: requestedAt }));
  }

  private closeCard(): void {
    this.card.hide();
    this.highlighter?.setActive(null);
  }

  /** The next or previous mark in reading order (wrapping), and its 1-based position among all marks. */
  private step(direction: 'next' | 'previous'): { mark: Mark | null; position: number; total: number } {
    const all = this.marks?.marksInOrder() ?? [];
    if (all.length === 0) return { mark: null, position: 0, total: 0 };
    const current = this.steppedMark ? all.indexOf(this.steppedMark) : -1;
    const next =
      current === -1
        ? direction === 'next'
          ? 0
          : all.length - 1
        : (current + (direction === 'next' ? 1 : -1) + all.length) % all.length;
    return { mark: all[next] ?? null, position: next + 1, total: all.length };
  }

  private async reveal(mark: Mark, { focus }: { focus: boolean }): Promise<void> {
    mark.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.openCard(mark, { focus });
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card.isOpen) {
      this.closeCard();
      event.stopPropagation();
    }
  };

  /** For the dataset-changed signal: whether this page already uses that dataset. */
  usesDataset(hash: unknown): boolean {
    return hash === this.datasetHash;
  }
}
