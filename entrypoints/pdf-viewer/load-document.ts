import type { PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { failureOfPdfError, type PdfFailure } from '@/utils/pdf/pdf-failure';
import { isTooLarge, declaredLength } from '@/utils/pdf/pdf-response';
import { loadPdfjs } from './pdfjs';

export type LoadOutcome = { ok: true; document: PDFDocumentProxy } | { ok: false; failure: PdfFailure };

export interface PasswordPrompt {
  /** Whether a password was already tried and refused. */
  wrong: boolean;
  answer(password: string): void;
}

/**
 * Fetches the PDF with the reader's own browsing (cookies included, as the
 * browser's viewer would), refuses one declared over 200 MB before reading
 * it, and opens it with pdf.js. Nothing about the document goes anywhere else.
 */
export async function loadDocument(url: string, askPassword: (prompt: PasswordPrompt) => void, signal: AbortSignal): Promise<LoadOutcome> {
  let data: Uint8Array;
  try {
    const response = await fetch(url, { credentials: 'include', signal });
    if (!response.ok) return { ok: false, failure: { kind: 'fetch', status: response.status } };
    const length = response.headers.get('content-length');
    if (isTooLarge(length)) {
      void response.body?.cancel();
      return { ok: false, failure: { kind: 'too-large', bytes: declaredLength(length)! } };
    }
    data = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: { kind: 'fetch' } };
  }
  const { lib } = await loadPdfjs();
  // No eval: the extension's CSP forbids it, and fonts are drawn without compiling code.
  // Fonts and decoders come from the extension's own files (scripts/lib/pdfjs-assets.ts).
  const assets = (folder: string) => (browser.runtime.getURL as (path: string) => string)(`/pdfjs/${folder}/`);
  const task = lib.getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    standardFontDataUrl: assets('standard_fonts'),
    wasmUrl: assets('wasm'),
  });
  task.onPassword = (update: (password: string) => void, reason: number) =>
    askPassword({ wrong: reason === lib.PasswordResponses.INCORRECT_PASSWORD, answer: update });
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  try {
    return { ok: true, document: await task.promise };
  } catch (error) {
    return { ok: false, failure: failureOfPdfError(error) };
  }
}

/** Whether any of the first pages holds text (a scanned PDF has none: nothing to mark). */
export async function hasText(document: PDFDocumentProxy, pagesToCheck = 5): Promise<boolean> {
  for (let number = 1; number <= Math.min(pagesToCheck, document.numPages); number++) {
    const content = await (await document.getPage(number)).getTextContent();
    if (content.items.some((item) => 'str' in item && item.str.trim() !== '')) return true;
  }
  return false;
}
