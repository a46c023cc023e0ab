import type { PagePrefilter } from '@/utils/matcher/prefilter';

/** Added text is tested in batches at most this often. */
const BATCH_DELAY_MS = 100;
/** Shadow roots are looked for in pages up to this many elements; past it only in added content. */
const SHADOW_SEARCH_LIMIT = 20_000;

/**
 * While a page names no programme, watches it cheaply for one: text that
 * arrives (live blogs, single-page apps) and text inside open shadow roots
 * (which the page's text does not include) is tested with the page
 * prefilter, natively, in batches. The first candidate ends the watch.
 */
export class CandidateWatch {
  private readonly observer: MutationObserver;
  private readonly tests: RegExp[];
  private readonly window: Window & typeof globalThis;
  private readonly onCandidate: () => void;
  private pending: Node[] = [];
  private timer: number | undefined;
  /** Open shadow roots met so far: the marker reads and watches them too. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private stopped = false;

  constructor({ window, prefilter, onCandidate }: { window: Window & typeof globalThis; prefilter: PagePrefilter; onCandidate: () => void }) {
    this.window = window;
    this.onCandidate = onCandidate;
    this.tests = prefilter.patterns.map(({ source, flags }) => new RegExp(source, flags));
    this.observer = new window.MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.pending.push(record.target);
        else for (const node of record.addedNodes) this.pending.push(node);
      }
      if (this.pending.length > 0 && this.timer === undefined) this.timer = this.window.setTimeout(() => this.flush(), BATCH_DELAY_MS);
    });
  }

  mayName(text: string): boolean {
    return this.tests.some((test) => test.test(text));
  }

  /** Starts watching; reports at once when an open shadow root already holds a candidate. */
  start(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    const document = this.window.document;
    if (document.getElementsByTagName('*').length <= SHADOW_SEARCH_LIMIT) this.searchShadowRoots(document.documentElement);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) this.window.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = this.pending;
    this.pending = [];
    for (const node of nodes) {
      if (this.stopped) return;
      if (!node.isConnected) continue;
      if (this.mayName(node.textContent ?? '')) return this.found();
      if (node.nodeType === Node.ELEMENT_NODE) this.searchShadowRoots(node as Element);
    }
  }

  /** Looks for shadow roots, not for terms: one property read per element. */
  private searchShadowRoots(root: Element | null): void {
    if (!root) return;
    const elements = [root, ...root.getElementsByTagName('*')];
    for (const element of elements) {
      const shadowRoot = element.shadowRoot;
      if (!shadowRoot || this.shadowRoots.has(shadowRoot)) continue;
      this.shadowRoots.add(shadowRoot);
      this.observer.observe(shadowRoot, { childList: true, subtree: true, characterData: true });
      if (this.mayName(shadowRoot.textContent ?? '')) return this.found();
      if (shadowRoot.firstElementChild) for (const child of shadowRoot.children) this.searchShadowRoots(child);
    }
  }

  private found(): void {
    if (this.stopped) return;
    this.stop();
    this.onCandidate();
  }
}
