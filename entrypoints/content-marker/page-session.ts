import { browser, type Browser } from 'wxt/browser';
import { askBackground } from '@/utils/adapters/messaging/send';
import type { MarkerIndex } from '@/utils/dataset/term-index';
import { createMatcher } from '@/utils/matcher/compile-matcher';
import type { Mark } from '@/utils/marking/mark';
import { PageMarker } from '@/utils/marking/page-marker';
import type { ContentRequest, ContentResponses, PageSetup } from '@/utils/messaging/contract';
import type { ContentSession } from '../content/stages';
import { CardController } from '@/components/term-card/card-controller';
import { HoverIntent } from '@/utils/marking/hover-intent';
import { loadStage } from '../content/stages';

/**
 * Repère in one document that names a programme: the marker reading and
 * watching the page, hover and keyboard opening the card, and the answers
 * to the popup's and the background's requests. Settings that change what
 * is marked rebuild the marker; the mark style and the language do not.
 */
export class PageSession implements ContentSession {
  private readonly window: Window & typeof globalThis;
  private setup: PageSetup;
  private index: MarkerIndex;
  private marker: PageMarker;
  private readonly card: CardController;
  private readonly hover: HoverIntent;
  private steppedMark: Mark | null = null;
  private port: Browser.runtime.Port | null = null;
  private readonly isValid: () => boolean;
  private destroyed = false;

  private constructor({ window, setup, index, isValid }: { window: Window & typeof globalThis; setup: PageSetup; index: MarkerIndex; isValid: () => boolean }) {
    this.window = window;
    this.setup = setup;
    this.index = index;
    this.card = new CardController({
      window,
      settings: setup.settings,
      onActiveChange: (mark) => this.marker.setActive(mark),
      // The card's code (Preact) is loaded on the first hover.
      createHost: (document) => loadStage('card').then((card) => card.createCardHost(document)),
    });
    this.marker = this.createMarker();
    this.hover = new HoverIntent({
      window,
      hitTest: (x, y) => this.marker.markAt(x, y),
      isCardTarget: (target) => this.card.contains(target),
      onPending: (mark) => this.card.prepare(mark.termId),
      onOpen: (mark) => void this.card.open(mark, { focus: false }),
      onClose: () => this.card.close(),
      isOpenOn: (mark) => this.card.isOpenOn(mark),
      isOpen: () => this.card.isOpen,
    });
    window.addEventListener('keydown', this.onKeyDown, true);
    this.isValid = isValid;
    this.connect();
  }

  /**
   * A port to the background, held only to learn when the extension goes
   * away: a reload or an update cuts it, and a moment later (the context is
   * marked gone just after the port is cut) ctx.isValid turns false and
   * WXT tears this page down. A service worker that merely stopped cuts it
   * too, and is connected to again.
   */
  private connect(): void {
    try {
      this.port = browser.runtime.connect({ name: 'repere-page' });
    } catch {
      this.isValid();
      return;
    }
    this.port.onDisconnect.addListener(() => {
      this.port = null;
      this.window.setTimeout(() => {
        if (!this.destroyed && this.isValid()) this.connect();
      }, 100);
    });
  }

  static async create(options: { window: Window & typeof globalThis; setup: PageSetup; isValid: () => boolean }): Promise<PageSession> {
    const index = await askBackground({ type: 'get-index' });
    const session = new PageSession({ ...options, index });
    await session.marker.start();
    performance.measure('repere:scan-busy', { start: performance.now() - session.marker.busyMs, duration: session.marker.busyMs });
    return session;
  }

  async answer(request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> {
    await this.marker.scanned();
    switch (request.type) {
      case 'page-terms': {
        const terms = [...this.marker.counts()].map(([id, count]) => ({ id, count }));
        return { terms: terms.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)) };
      }
      case 'reveal-term': {
        const mark = this.marker.marksInOrder().find((candidate) => candidate.termId === request.id);
        if (!mark) return { revealed: false };
        await this.reveal(mark, { focus: false, position: null });
        return { revealed: true };
      }
      case 'step-term':
        return this.step(request.direction);
      case 'page-setup-changed':
        await this.applySetup(request.setup);
        return { applied: true };
    }
  }

  async applySetup(setup: PageSetup): Promise<void> {
    const previous = this.setup;
    this.setup = setup;
    this.card.setSettings(setup.settings);
    const before = previous.settings;
    const after = setup.settings;
    const rulesChanged =
      before.ambiguity !== after.ambiguity ||
      before.firstMentionOnly !== after.firstMentionOnly ||
      before.mutedCategories.join() !== after.mutedCategories.join();
    if (previous.datasetHash !== setup.datasetHash) {
      this.index = await askBackground({ type: 'get-index' });
      this.card.forgetDetails();
    } else if (!rulesChanged) {
      if (before.markStyle !== after.markStyle) this.marker.setStyle(after.markStyle);
      return;
    }
    this.card.close();
    this.steppedMark = null;
    this.marker.destroy();
    this.marker = this.createMarker();
    await this.marker.start();
  }

  include(root: Node): void {
    this.marker.include(root);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.hover.destroy();
    this.window.removeEventListener('keydown', this.onKeyDown, true);
    this.card.destroy();
    this.marker.destroy();
    try {
      this.port?.disconnect();
    } catch {
      // Already cut: the extension went away first.
    }
  }

  private createMarker(): PageMarker {
    const categories = this.index.categories;
    return new PageMarker({
      document: this.window.document,
      matcher: createMatcher(this.index.matcher),
      settings: this.setup.settings,
      categoryOf: (termId) => categories[termId],
      onMarksChanged: () => {
        // The occurrence a card was opened on left the page: close it.
        const open = this.card.openMark;
        if (open && !open.node.isConnected) this.card.close();
      },
    });
  }

  /** The next or previous mark in reading order (wrapping), opened with focus and its position announced. */
  private async step(direction: 'next' | 'previous'): Promise<ContentResponses['step-term']> {
    const all = this.marker.marksInOrder();
    if (all.length === 0) return { termId: null, position: 0, total: 0 };
    const current = this.steppedMark ? all.indexOf(this.steppedMark) : -1;
    const next =
      current === -1 ? (direction === 'next' ? 0 : all.length - 1) : (current + (direction === 'next' ? 1 : -1) + all.length) % all.length;
    const mark = all[next]!;
    await this.reveal(mark, { focus: true, position: { index: next + 1, total: all.length } });
    return { termId: mark.termId, position: next + 1, total: all.length };
  }

  private async reveal(mark: Mark, { focus, position }: { focus: boolean; position: { index: number; total: number } | null }): Promise<void> {
    this.steppedMark = mark;
    mark.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.card.open(mark, { focus, position });
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card.isOpen) {
      this.card.close();
      event.stopPropagation();
    }
  };
}
