import * as pdfjsLib from 'pdfjs-dist';
// The worker ships inside the extension (no remote code): Vite copies it and gives its URL.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * pdf.js's viewer layer (PDFViewer, EventBus, find…) reads the library from
 * `globalThis.pdfjsLib`, which pdfjs-dist sets when it loads: the viewer
 * module is imported only after, so it always finds it.
 */
export async function loadPdfjs() {
  const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
  return { lib: pdfjsLib, viewer };
}
