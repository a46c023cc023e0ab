import { textNodesIn } from './text-nodes';
import { yieldToPage } from './yield-to-page';

/** Longest stretch of reading before the page gets the main thread back (well under a frame). */
const SLICE_MS = 8;
/** Text nodes longer than this are read a window at a time (a few milliseconds each). */
export const LARGE_TEXT_WINDOW = 64 * 1024;
/** Nodes read per clock check (and per regex pass, see PageMarks.scan): a clock read per node is not free. */
const NODES_PER_CHECK = 128;

export interface ScanReader {
  /** Reads whole text nodes. */
  read(nodes: Text[]): void;
  /** Reads one window of a huge node; returns where the next window starts. */
  readWindow(node: Text, text: string, from: number, to: number): number;
  /** An open shadow root met on the way (its text is queued too). */
  onShadowRoot(shadowRoot: ShadowRoot): void;
}

/**
 * The text waiting to be read, read in slices of at most 8 ms with the
 * main thread given back between them, so a huge or fast-changing page
 * never blocks scrolling: the nodes of queued roots a few at a time, a huge
 * node one window at a time (its text read once: every `node.data` makes a
 * fresh copy of the whole string).
 */
export class ScanQueue {
  private sources: Iterator<Text, void>[] = [];
  private sourcesHead = 0;
  private largeNode: { node: Text; text: string; offset: number } | null = null;
  private draining: Promise<void> | null = null;
  private stopped = false;
  /** Main-thread time spent reading (a breakdown for DevTools and the benchmark). */
  busyMs = 0;
  private readonly window: Window;
  private readonly reader: ScanReader;
  private readonly now: () => number;
  private readonly wholeRoots: boolean;

  constructor({
    window,
    reader,
    now = () => performance.now(),
    wholeRoots = false,
  }: {
    window: Window;
    reader: ScanReader;
    now?: () => number;
    /**
     * Read each queued root's nodes as one batch, and never two roots in one
     * (a PDF page's text layer, whose nodes are lines: a name split across
     * two lines must not fall across two batches, nor run into the next page).
     */
    wholeRoots?: boolean;
  }) {
    this.window = window;
    this.reader = reader;
    this.now = now;
    this.wholeRoots = wholeRoots;
  }

  enqueue(root: Node): void {
    this.sources.push(textNodesIn(root, (shadowRoot) => this.reader.onShadowRoot(shadowRoot)));
  }

  get hasWork(): boolean {
    return this.largeNode !== null || this.sourcesHead < this.sources.length;
  }

  /** Reads everything queued (and whatever is queued meanwhile); one drain at a time. */
  drain(): Promise<void> {
    this.draining ??= (async () => {
      while (this.hasWork && !this.stopped) {
        const sliceStart = this.now();
        const sliceEnd = sliceStart + SLICE_MS;
        while (this.hasWork && this.now() < sliceEnd) this.readSome();
        const sliceMs = this.now() - sliceStart;
        this.busyMs += sliceMs;
        // Slices longer than a frame are recorded (visible in DevTools): there should be none.
        if (sliceMs > 16) performance.measure('repere:long-slice', { start: sliceStart, duration: sliceMs });
        if (this.hasWork) await yieldToPage(this.window);
      }
    })().finally(() => {
      this.draining = null;
      // Work queued after the loop's last look (in the moment before this
      // runs, when drain() still returned the ending promise) is read now,
      // not left until something else is queued.
      if (this.hasWork && !this.stopped) void this.drain();
    });
    return this.draining;
  }

  /** Resolves when nothing is being read. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Drops everything queued; a drain under way stops after its slice. */
  clear(): void {
    this.sources = [];
    this.sourcesHead = 0;
    this.largeNode = null;
  }

  destroy(): void {
    this.stopped = true;
    this.clear();
  }

  private nextNode(): Text | null {
    while (this.sourcesHead < this.sources.length) {
      const next = this.sources[this.sourcesHead]!.next();
      if (!next.done) return next.value;
      this.sourcesHead++;
      // The batch ends with its root; the next one starts the next root.
      if (this.wholeRoots && this.sourcesHead < this.sources.length) return null;
    }
    this.sources = [];
    this.sourcesHead = 0;
    return null;
  }

  private readSome(): void {
    if (this.largeNode) {
      const { node, text, offset } = this.largeNode;
      const next = node.isConnected ? this.reader.readWindow(node, text, offset, offset + LARGE_TEXT_WINDOW) : text.length;
      this.largeNode = next < text.length ? { node, text, offset: next } : null;
      return;
    }
    const batch: Text[] = [];
    while (this.wholeRoots || batch.length < NODES_PER_CHECK) {
      const node = this.nextNode();
      if (!node) break;
      if (node.length > LARGE_TEXT_WINDOW) {
        this.largeNode = { node, text: node.data, offset: 0 };
        break;
      }
      batch.push(node);
    }
    if (batch.length > 0) this.reader.read(batch);
  }
}
