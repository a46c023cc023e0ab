import { CARD_HOST_TAG, MARK_WRAPPER_TAG } from './own-ui';

export const BATCH_DELAY_MS = 100;

export interface MutationBatch {
  /** Nodes added (elements or text) whose text must be read. */
  added: Set<Node>;
  /** Text nodes whose content changed. */
  changed: Set<Text>;
  /** Whether anything was removed (marks in removed nodes must go). */
  removed: boolean;
}

const OWN_UI = new Set([CARD_HOST_TAG.toUpperCase(), MARK_WRAPPER_TAG.toUpperCase()]);

function isOwnUi(node: Node): boolean {
  return OWN_UI.has(node.nodeName) || (node.parentNode !== null && OWN_UI.has(node.parentNode.nodeName));
}

/**
 * One MutationObserver for the document and its open shadow roots. Records
 * are only collected in the callback; the work happens in batches at most
 * every 100 ms, so a page that mutates 10,000 nodes a second triggers ten
 * batches, not 10,000 scans.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private batch: MutationBatch = { added: new Set(), changed: new Set(), removed: false };
  private timer: number | undefined;
  private readonly timers: Timers;
  private readonly onBatch: (batch: MutationBatch) => void;

  /** `timers` default to the window's; tests pass fake ones so they never race the clock. */
  constructor({ window, onBatch, timers }: { window: Window; onBatch: (batch: MutationBatch) => void; timers?: Timers }) {
    this.timers = timers ?? { setTimeout: (handler, ms) => window.setTimeout(handler, ms), clearTimeout: (id) => window.clearTimeout(id) };
    this.onBatch = onBatch;
    this.observer = new (window as Window & typeof globalThis).MutationObserver((records) => this.collect(records));
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Stops watching and drops what was collected (the same as destroy: a watcher can observe again). */
  disconnect(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.batch = { added: new Set(), changed: new Set(), removed: false };
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        if (record.target.nodeType === Node.TEXT_NODE) this.batch.changed.add(record.target as Text);
        continue;
      }
      for (const node of record.addedNodes) if (!isOwnUi(node)) this.batch.added.add(node);
      if (record.removedNodes.length > 0) this.batch.removed = true;
    }
    if (this.timer === undefined && (this.batch.added.size > 0 || this.batch.changed.size > 0 || this.batch.removed)) {
      this.timer = this.timers.setTimeout(() => this.flush(), BATCH_DELAY_MS);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const batch = this.batch;
    this.batch = { added: new Set(), changed: new Set(), removed: false };
    this.onBatch(batch);
  }
}
