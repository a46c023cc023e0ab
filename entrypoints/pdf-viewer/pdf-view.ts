import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { loadPdfjs } from './pdfjs';

export interface FindState {
  query: string;
  /** Matches found so far (pdf.js counts while it searches). */
  total: number;
  current: number;
  notFound: boolean;
}

export interface PdfViewEvents {
  onPageChange(page: number): void;
  /** The zoom as the toolbar names it: a preset ('auto', 'page-width', 'page-fit') or a scale ("1.5"). */
  onZoomChange(zoom: string): void;
  onFindChange(state: FindState): void;
  /** A page's text layer is in the document (first render, re-render, or find highlighting). */
  onTextLayer(layer: HTMLElement): void;
}

/**
 * One PDF shown by pdf.js's own viewer layer: pages drawn lazily with their
 * text layer (selectable, searchable), links, zoom, page navigation and
 * find. Repère only drives it; the rendering is pdf.js's.
 */
export class PdfView {
  private find: FindState = { query: '', total: 0, current: 0, notFound: false };

  private constructor(
    private readonly viewer: PDFViewer,
    private readonly eventBus: EventBus,
    private readonly document: PDFDocumentProxy,
  ) {}

  static async open({ container, document, events }: { container: HTMLDivElement; document: PDFDocumentProxy; events: PdfViewEvents }): Promise<PdfView> {
    const { viewer: layer } = await loadPdfjs();
    const eventBus = new layer.EventBus();
    const linkService = new layer.PDFLinkService({ eventBus, externalLinkTarget: layer.LinkTarget.BLANK, externalLinkRel: 'noopener noreferrer' });
    const findController = new layer.PDFFindController({ eventBus, linkService });
    const viewer = new layer.PDFViewer({
      container,
      viewer: container.firstElementChild as HTMLDivElement,
      eventBus,
      linkService,
      findController,
      // Forms are shown, not scripted (no PDF JavaScript runs).
      annotationMode: 2,
      removePageBorders: false,
    });
    linkService.setViewer(viewer);
    const view = new PdfView(viewer, eventBus, document);
    eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => events.onPageChange(pageNumber));
    eventBus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) =>
      events.onZoomChange(presetValue && !/^[\d.]+$/.test(presetValue) ? presetValue : String(Math.round(scale * 100) / 100)),
    );
    eventBus.on('textlayerrendered', ({ source }: { source: { textLayer?: { div: HTMLElement } } }) => {
      if (source.textLayer) events.onTextLayer(source.textLayer.div);
    });
    // Find highlighting rewrites a page's text nodes (every page's for
    // pageIndex -1): those pages are read again once pdf.js has done.
    eventBus.on('updatetextlayermatches', ({ pageIndex }: { pageIndex: number }) => {
      const pages = pageIndex >= 0 ? [pageIndex] : Array.from({ length: viewer.pagesCount }, (_, index) => index);
      const layers = pages.map((index) => viewer.getPageView(index)?.textLayer?.div).filter((layer): layer is HTMLDivElement => !!layer);
      if (layers.length > 0) queueMicrotask(() => layers.forEach((layer) => events.onTextLayer(layer)));
    });
    const onCount = ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
      view.find = { ...view.find, current: matchesCount.current, total: matchesCount.total };
      events.onFindChange(view.find);
    };
    eventBus.on('updatefindmatchescount', onCount);
    eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
      // FindState.NOT_FOUND is 1 in pdf.js.
      view.find = { ...view.find, notFound: state === 1 && view.find.query !== '' };
      onCount({ matchesCount });
    });
    eventBus.on('pagesinit', () => {
      viewer.currentScaleValue = 'auto';
    });
    viewer.setDocument(document);
    linkService.setDocument(document, null);
    return view;
  }

  get pageCount(): number {
    return this.document.numPages;
  }

  get page(): number {
    return this.viewer.currentPageNumber;
  }

  goToPage(page: number): void {
    if (Number.isInteger(page) && page >= 1 && page <= this.pageCount) this.viewer.currentPageNumber = page;
  }

  zoomIn(): void {
    this.viewer.increaseScale();
  }

  zoomOut(): void {
    this.viewer.decreaseScale();
  }

  /** 'auto', 'page-width', 'page-fit' or a number ("1.5"). */
  setZoom(value: string): void {
    this.viewer.currentScaleValue = value;
  }

  /** Searches the text layer (pdf.js highlights every match and scrolls to the current one). */
  search(query: string, options: { again?: boolean; previous?: boolean } = {}): void {
    if (!options.again) this.find = { query, total: 0, current: 0, notFound: false };
    this.eventBus.dispatch('find', {
      source: this,
      type: options.again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: options.previous ?? false,
      matchDiacritics: false,
    });
  }

  destroy(): void {
    this.viewer.setDocument(null as unknown as PDFDocumentProxy);
    void this.document.destroy();
  }
}
