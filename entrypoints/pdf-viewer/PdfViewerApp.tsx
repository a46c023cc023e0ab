import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { askBackground } from '@/utils/adapters/messaging/send';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { pdfText } from '@/utils/i18n/pdf-strings';
import { documentUrlOf } from '@/utils/pdf/viewer-url';
import { contentSettingsOf, isActiveOn } from '@/utils/settings/settings';
import { PasswordForm } from './PasswordForm';
import { pdfFileOf } from './LocalFilePicker';
import { PdfFailureNotice, PdfPickNotice } from './PdfNotice';
import { PdfToolbar } from './PdfToolbar';
import { PdfView, type FindState } from './pdf-view';
import { usePdfDocument } from './use-pdf-document';
import { useViewerMarking } from './use-viewer-marking';

function fileNameOf(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return last === '' ? 'document.pdf' : /\.pdf$/i.test(last) ? last : `${last}.pdf`;
  } catch {
    return 'document.pdf';
  }
}

/**
 * Repère's PDF viewer: pdf.js's viewer for the document named by `?file=`
 * (or a file the reader chose or dropped), Repère's marks and cards on its
 * text, and a clear message instead of a blank page when the document
 * cannot be shown.
 */
export function PdfViewerApp() {
  const fileUrl = documentUrlOf(window.location.href);
  const askedForAFile = new URL(window.location.href).searchParams.has('file');
  const [picked, setPicked] = useState<File | null>(null);
  const source = useMemo(() => (picked ? { file: picked } : fileUrl ? { url: fileUrl } : null), [picked, fileUrl]);
  const documentName = picked?.name ?? (fileUrl ? fileNameOf(fileUrl) : null);
  // The address a chosen file replaced is no longer the document's.
  const documentUrl = picked ? null : fileUrl;
  const settings = useSettings();
  const datasetHash = useDatasetStatus()?.current?.hash;
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = pdfText(language);
  const state = usePdfDocument(source);
  const container = useRef<HTMLDivElement>(null);
  const viewerRoot = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [view, setView] = useState<PdfView | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState('auto');
  const [find, setFind] = useState<FindState>({ query: '', total: 0, current: 0, notFound: false });
  const open = state.phase === 'open' ? state : null;
  // A chosen file has no site to exclude: only the pause applies.
  const active = !!settings && !!open?.hasText && (documentUrl ? isActiveOn(settings, documentUrl) : !!picked && !settings.paused);
  const { include } = useViewerMarking({
    root: open ? viewerRoot.current : null,
    pdf: open?.document ?? null,
    showPage: (number) => view?.goToPage(number),
    settings: settings && contentSettingsOf(settings),
    articleDay: open?.articleDay ?? null,
    open: !!open || state.phase === 'failed',
    active,
    datasetHash,
  });
  const includeRef = useRef(include);
  includeRef.current = include;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = open?.title ?? documentName ?? t('pdf.title');
  }, [language, open?.title, documentName]);

  useEffect(() => {
    if (!open || !container.current) return;
    let cancelled = false;
    let created: PdfView | null = null;
    void PdfView.open({
      container: container.current,
      document: open.document,
      events: {
        onPageChange: setPage,
        onZoomChange: setZoom,
        onFindChange: setFind,
        onTextLayer: (layer) => includeRef.current(layer),
      },
    }).then((pdfView) => {
      if (cancelled) return pdfView.destroy();
      created = pdfView;
      setView(pdfView);
    });
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, [open?.document]);

  // Ctrl+F (⌘F) searches the document's text layer, as in the browser's viewer.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f' && view) {
        event.preventDefault();
        findInput.current?.focus();
        findInput.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view]);

  // A PDF dropped anywhere on the page replaces the document shown.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = pdfFileOf(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      setPicked(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const openInBrowser = async () => {
    if (!documentUrl) return;
    const tab = await browser.tabs.getCurrent();
    // The background lets this one load of the document through to the browser's own viewer.
    if (tab?.id !== undefined) await askBackground({ type: 'pdf-bypass', tabId: tab.id, url: documentUrl }).catch(() => undefined);
    // A page may not send itself to a file: address; the tabs API may, with file access allowed.
    if (documentUrl.startsWith('file:') && tab?.id !== undefined) await browser.tabs.update(tab.id, { url: documentUrl });
    else window.location.href = documentUrl;
  };

  const download = async () => {
    if (!open || !documentName) return;
    const bytes = await open.document.getData();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    link.download = documentName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };

  return (
    <div class="pdf-app" data-phase={state.phase}>
      {open && view && documentName && (
        <PdfToolbar
          language={language}
          page={page}
          pageCount={view.pageCount}
          zoom={zoom}
          find={find}
          fileUrl={documentUrl}
          fileName={documentName}
          findInput={findInput}
          actions={{
            goToPage: (number) => view.goToPage(number),
            zoomIn: () => view.zoomIn(),
            zoomOut: () => view.zoomOut(),
            setZoom: (value) => view.setZoom(value),
            search: (query, options) => view.search(query, options),
            print: () => window.print(),
            download: () => void download(),
            openInBrowser: () => void openInBrowser(),
            openFile: setPicked,
          }}
        />
      )}
      {open && !open.hasText && (
        <p class="pdf-banner" role="status" data-notice="no-text">
          {t('pdf.noText')}
        </p>
      )}
      {state.phase === 'loading' && (
        <p class="pdf-notice" role="status" aria-busy="true">
          {t('pdf.loading')}
        </p>
      )}
      {state.phase === 'password' && <PasswordForm prompt={state.prompt} language={language} />}
      {state.phase === 'failed' &&
        (state.failure.kind === 'no-file' && !askedForAFile ? (
          <PdfPickNotice language={language} onFile={setPicked} />
        ) : (
          <PdfFailureNotice failure={state.failure} fileUrl={documentUrl} language={language} onFile={setPicked} />
        ))}
      <div ref={container} class="pdf-container" hidden={!open} tabIndex={-1}>
        <div ref={viewerRoot} class="pdfViewer" />
      </div>
    </div>
  );
}
