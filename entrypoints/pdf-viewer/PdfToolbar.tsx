import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Language } from '@/utils/dates/format-date';
import { pdfText } from '@/utils/i18n/pdf-strings';
import { LocalFilePicker } from './LocalFilePicker';
import type { FindState } from './pdf-view';

export interface ToolbarActions {
  goToPage(page: number): void;
  zoomIn(): void;
  zoomOut(): void;
  setZoom(value: string): void;
  search(query: string, options?: { again?: boolean; previous?: boolean }): void;
  print(): void;
  download(): void;
  openInBrowser(): void;
  openFile(file: File): void;
}

const ZOOMS = ['auto', 'page-width', 'page-fit', '0.5', '0.75', '1', '1.25', '1.5', '2', '3'] as const;

/**
 * The viewer's tools: pages, zoom, find (Ctrl+F lands here), print,
 * download the original, back to the browser's own viewer, and another
 * PDF of this computer.
 */
export function PdfToolbar({
  language,
  page,
  pageCount,
  zoom,
  find,
  fileUrl,
  fileName,
  findInput,
  actions,
}: {
  language: Language;
  page: number;
  pageCount: number;
  /** The zoom as chosen: one of ZOOMS, or a scale pdf.js reached by zooming in or out. */
  zoom: string;
  find: FindState;
  /** The document's address; null for a file the reader chose (nothing to go back to). */
  fileUrl: string | null;
  fileName: string;
  findInput: RefObject<HTMLInputElement | null>;
  actions: ToolbarActions;
}) {
  const t = pdfText(language);
  const zoomLabel = (value: string) =>
    value === 'auto' ? t('pdf.zoomAuto') : value === 'page-width' ? t('pdf.zoomPageWidth') : value === 'page-fit' ? t('pdf.zoomPageFit') : `${Math.round(Number(value) * 100)} %`;
  const zooms: string[] = (ZOOMS as readonly string[]).includes(zoom) ? [...ZOOMS] : [...ZOOMS, zoom];
  // A narrow window wraps the tools onto two lines: the document starts below them, whatever their height.
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    const app = element?.closest<HTMLElement>('.pdf-app');
    if (!element || !app) return;
    const observer = new ResizeObserver(() => app.style.setProperty('--toolbar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div class="pdf-toolbar" role="toolbar" aria-label={t('pdf.toolbar')} ref={bar}>
      <div class="group">
        <button type="button" onClick={() => actions.goToPage(page - 1)} disabled={page <= 1} aria-label={t('pdf.previousPage')} title={t('pdf.previousPage')}>
          ‹
        </button>
        <label class="page-field">
          <span class="visually-hidden">{t('pdf.pageNumber')}</span>
          <input
            type="number"
            name="page"
            min={1}
            max={pageCount}
            value={page}
            onChange={(event) => actions.goToPage(Number((event.target as HTMLInputElement).value))}
          />
        </label>
        <span class="page-count">{t('pdf.pageCount', { count: pageCount })}</span>
        <button type="button" onClick={() => actions.goToPage(page + 1)} disabled={page >= pageCount} aria-label={t('pdf.nextPage')} title={t('pdf.nextPage')}>
          ›
        </button>
      </div>
      <div class="group">
        <button type="button" onClick={actions.zoomOut} aria-label={t('pdf.zoomOut')} title={t('pdf.zoomOut')}>
          −
        </button>
        <select name="zoom" aria-label={t('pdf.zoom')} value={zoom} onChange={(event) => actions.setZoom((event.target as HTMLSelectElement).value)}>
          {zooms.map((value) => (
            <option key={value} value={value}>
              {zoomLabel(value)}
            </option>
          ))}
        </select>
        <button type="button" onClick={actions.zoomIn} aria-label={t('pdf.zoomIn')} title={t('pdf.zoomIn')}>
          +
        </button>
      </div>
      <form
        class="group find"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          actions.search(findInput.current?.value ?? '', { again: true });
        }}
      >
        <input
          ref={findInput}
          type="search"
          name="find"
          placeholder={t('pdf.find')}
          aria-label={t('pdf.find')}
          onInput={(event) => actions.search((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.shiftKey) {
              event.preventDefault();
              actions.search(findInput.current?.value ?? '', { again: true, previous: true });
            }
          }}
        />
        <button type="button" onClick={() => actions.search(findInput.current?.value ?? '', { again: true, previous: true })} aria-label={t('pdf.findPrevious')} title={t('pdf.findPrevious')}>
          ↑
        </button>
        <button type="submit" aria-label={t('pdf.findNext')} title={t('pdf.findNext')}>
          ↓
        </button>
        <output class="find-result" aria-live="polite">
          {find.query === '' ? '' : find.notFound ? t('pdf.findNone') : find.total > 0 ? t('pdf.findResult', { current: find.current, total: find.total }) : ''}
        </output>
      </form>
      <div class="group end">
        <button type="button" onClick={actions.print}>
          {t('pdf.print')}
        </button>
        <a
          class="button"
          href={fileUrl ?? '#'}
          download={fileName}
          onClick={(event) => {
            // The document's own bytes, saved as is: a cross-origin link would
            // ignore `download` and open the PDF again.
            event.preventDefault();
            actions.download();
          }}
        >
          {t('pdf.download')}
        </a>
        {fileUrl && (
          <button type="button" class="open-in-browser" onClick={actions.openInBrowser}>
            {t('pdf.openInBrowser')}
          </button>
        )}
        <LocalFilePicker language={language} onFile={actions.openFile} compact />
      </div>
    </div>
  );
}
