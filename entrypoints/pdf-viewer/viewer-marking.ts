import { markExtensionPage, type ExtensionPageMarking } from '@/components/page-marking/mark-extension-page';
import type { Mark } from '@/utils/marking/mark';
import type { ContentRequest, ContentResponses } from '@/utils/messaging/contract';
import type { ContentSettings } from '@/utils/settings/settings';

/** How long a reveal waits for pdf.js to render the page it went to. */
const REVEAL_WAIT_MS = 5_000;

/**
 * Repère's marking of the PDF viewer's pages: the web pages' marker, rule
 * and cards (markExtensionPage) over the viewer, reading each page's text
 * layer as pdf.js renders it, and the answers a content script gives
 * ("Sur cette page" counts, reveal, keyboard stepping) for the viewer's tab
 * (see viewer-requests.ts).
 */
export class ViewerMarking {
  private stepped: Mark | null = null;
  /** The whole document's counts, once every page's text was read (pdf.js renders pages only as they near the view). */
  private wholeDocument: Map<string, number> | null = null;
  /** The first page (from 1) naming each programme, from the same reading. */
  private readonly firstPages = new Map<string, number>();
  /** Called when the next text layer has been read. */
  private readonly layerWaiters: (() => void)[] = [];
  private destroyed = false;

  private constructor(
    private readonly marking: ExtensionPageMarking,
    private readonly showPage: (page: number) => void,
  ) {}

  static async start({
    root,
    settings,
    articleDay,
    showPage,
  }: {
    root: HTMLElement;
    settings: ContentSettings;
    articleDay: string | null;
    /** Scrolls the viewer to a page (pdf.js then renders its text layer). */
    showPage: (page: number) => void;
  }): Promise<ViewerMarking> {
    // Pages are read when their text layer renders, not by watching the
    // whole viewer: pdf.js keeps rewriting it (canvases, zoom, find).
    // One text node per line: "Mon espace" / "santé" is one name.
    const marking = await markExtensionPage({ root, settings, articleDay, watch: false, joinLines: true });
    return new ViewerMarking(marking, showPage);
  }

  /** Reads (again) one page's text layer; the text pdf.js replaced loses its marks. */
  include(layer: HTMLElement): void {
    this.marking.marker.forgetDetached();
    this.marking.marker.include(layer);
    void this.marking.marker.scanned().then(() => {
      for (const resolve of this.layerWaiters.splice(0)) resolve();
    });
  }

  /**
   * Counts every page's programmes, rendered or not, by the same rule, so
   * that "Sur cette page" counts the whole document as it would a whole
   * web page. Until then, the pages rendered so far are counted.
   */
  async countWholeDocument(pages: AsyncIterable<readonly string[]>): Promise<void> {
    const census = this.marking.census();
    for await (const lines of pages) {
      if (this.destroyed) return;
      census.add(lines);
    }
    if (this.destroyed) return;
    this.wholeDocument = census.counts();
    for (const [termId, part] of census.firstParts()) this.firstPages.set(termId, part + 1);
  }

  scanned(): Promise<void> {
    return this.marking.marker.scanned();
  }

  count(): number {
    let total = 0;
    for (const count of this.marking.marker.counts().values()) total += count;
    return total;
  }

  async answer(request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> {
    await this.marking.marker.scanned();
    switch (request.type) {
      case 'page-terms': {
        const terms = [...(this.wholeDocument ?? this.marking.marker.counts())].map(([id, count]) => ({ id, count }));
        return { terms: terms.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)) };
      }
      case 'reveal-term': {
        const mark = this.renderedMarkOf(request.id) ?? (await this.showPageOf(request.id));
        if (mark) await this.reveal(mark, false, null);
        return { revealed: !!mark };
      }
      case 'step-term': {
        const all = this.marking.marker.marksInOrder();
        if (all.length === 0) return { termId: null, position: 0, total: 0 };
        const current = this.stepped ? all.indexOf(this.stepped) : -1;
        const step = request.direction === 'next' ? 1 : -1;
        const next = current === -1 ? (step === 1 ? 0 : all.length - 1) : (current + step + all.length) % all.length;
        await this.reveal(all[next]!, true, { index: next + 1, total: all.length });
        return { termId: all[next]!.termId, position: next + 1, total: all.length };
      }
      case 'page-setup-changed':
        // The viewer watches the settings itself (it is an extension page).
        return { applied: false };
    }
  }

  private renderedMarkOf(termId: string): Mark | undefined {
    return this.marking.marker.marksInOrder().find((candidate) => candidate.termId === termId);
  }

  /**
   * A programme named only on pages pdf.js has not rendered ("Sur cette
   * page" counts them all): goes to its first page and waits, a few
   * seconds at most, for that page's text layer to be read.
   */
  private async showPageOf(termId: string): Promise<Mark | undefined> {
    const page = this.firstPages.get(termId);
    if (page === undefined) return undefined;
    this.showPage(page);
    const deadline = Date.now() + REVEAL_WAIT_MS;
    while (!this.destroyed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.layerWaiters.push(resolve);
        setTimeout(resolve, deadline - Date.now());
      });
      const mark = this.renderedMarkOf(termId);
      if (mark) return mark;
    }
    return undefined;
  }

  private async reveal(mark: Mark, focus: boolean, position: { index: number; total: number } | null): Promise<void> {
    this.stepped = mark;
    mark.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.marking.card.open(mark, { focus, position });
  }

  destroy(): void {
    this.destroyed = true;
    this.marking.destroy();
  }
}
