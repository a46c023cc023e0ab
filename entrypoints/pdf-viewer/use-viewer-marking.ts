import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'preact/hooks';
import type { ContentSettings } from '@/utils/settings/settings';
import { pageLines } from './page-lines';
import { ViewerMarking } from './viewer-marking';
import { listenForViewerRequests } from './viewer-requests';

type Settled = { marking: ViewerMarking | null } | null;

/**
 * The viewer's marking while `active` (a document with text, Repère not
 * paused nor turned off for its site), started again when the settings
 * that shape marking or the installed dataset change. Pages already rendered are read at once;
 * later ones through `include`. The tab's requests are answered from the start.
 */
export function useViewerMarking({
  root,
  pdf,
  showPage,
  settings,
  articleDay,
  open,
  active,
  datasetHash,
}: {
  root: HTMLElement | null;
  /** The document shown: its pages not rendered yet are counted too. */
  pdf: PDFDocumentProxy | null;
  /** Scrolls the viewer to a page (read when needed, so it may change without restarting the marking). */
  showPage: (page: number) => void;
  settings: ContentSettings | undefined;
  articleDay: string | null;
  /** The document is shown (or has failed): whatever it is, the tab can be answered. */
  open: boolean;
  active: boolean;
  /** The installed dataset: another one means reading the pages again with it. */
  datasetHash: string | undefined;
}): { include: (layer: HTMLElement) => void } {
  const settled = useRef<Settled>(null);
  const showPageRef = useRef(showPage);
  showPageRef.current = showPage;
  const waiting = useRef<((marking: ViewerMarking | null) => void)[]>([]);
  const settle = (value: Settled) => {
    settled.current = value;
    if (value) for (const resolve of waiting.current.splice(0)) resolve(value.marking);
  };

  useEffect(
    () =>
      listenForViewerRequests(() =>
        settled.current ? Promise.resolve(settled.current.marking) : new Promise((resolve) => waiting.current.push(resolve)),
      ),
    [],
  );

  const key = settings ? JSON.stringify(settings) : '';
  // Read again when another dataset is installed, not when the first one becomes known.
  const firstHash = useRef<string | undefined>(undefined);
  if (datasetHash && !firstHash.current) firstHash.current = datasetHash;
  const newerDataset = datasetHash && datasetHash !== firstHash.current ? datasetHash : '';
  useEffect(() => {
    if (!open || !settings) return;
    if (!root || !active) {
      settle({ marking: null });
      return () => settle(null);
    }
    let cancelled = false;
    let started: ViewerMarking | null = null;
    void ViewerMarking.start({ root, settings, articleDay, showPage: (page) => showPageRef.current(page) }).then((created) => {
      if (cancelled) return created.destroy();
      started = created;
      for (const layer of root.querySelectorAll<HTMLElement>('.textLayer')) created.include(layer);
      settle({ marking: created });
      // After the pages in view: the census must not delay their marks.
      if (pdf) void created.scanned().then(() => created.countWholeDocument(pageLines(pdf))).catch(() => undefined);
    });
    return () => {
      cancelled = true;
      started?.destroy();
      settle(null);
    };
  }, [root, pdf, key, articleDay, open, active, newerDataset]);

  return { include: (layer) => settled.current?.marking?.include(layer) };
}
