import type { PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { failureOfPdfError, type PdfFailure } from '@/utils/pdf/pdf-failure';
import { declaredLength, isTooLarge, MAX_PDF_BYTES } from '@/utils/pdf/pdf-response';
import { loadPdfjs } from './pdfjs';

export type LoadOutcome = { ok: true; document: PDFDocumentProxy } | { ok: false; failure: PdfFailure };

export interface PasswordPrompt {
  /** Whether a password was already tried and refused. */
  wrong: boolean;
  answer(password: string): void;
}

/** Where the viewer's PDF comes from: an address (`?file=`), or a file the reader chose or dropped. */
export type PdfSource = { url: string } | { file: File };

type Bytes = { ok: true; data: Uint8Array } | { ok: false; failure: PdfFailure };

/**
 * A `file:` address reads only where the browser lets Repère read local
 * files (Chromium, once the reader allows file URLs); otherwise the page
 * offers the file picker.
 */
async function readAddress(url: string, signal: AbortSignal): Promise<Bytes> {
  if (!url.startsWith('file:')) return fetchBytes(url, signal);
  const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  const read = allowed ? await fetchBytes(url, signal) : null;
  if (read && (read.ok || read.failure.kind === 'too-large')) return read;
  return { ok: false, failure: { kind: 'local-access', allowed } };
}

/**
 * Fetches the PDF with the reader's own browsing (cookies included, as the
 * browser's viewer would), refusing one declared over 200 MB before reading it.
 */
async function fetchBytes(url: string, signal: AbortSignal): Promise<Bytes> {
  try {
    const response = await fetch(url, { credentials: 'include', signal });
    if (!response.ok) return { ok: false, failure: { kind: 'fetch', status: response.status } };
    const length = response.headers.get('content-length');
    if (isTooLarge(length)) {
      void response.body?.cancel();
      return { ok: false, failure: { kind: 'too-large', bytes: declaredLength(length)! } };
    }
    return { ok: true, data: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: { kind: 'fetch' } };
  }
}

async function readBytes(source: PdfSource, signal: AbortSignal): Promise<Bytes> {
  if ('url' in source) return readAddress(source.url, signal);
  if (source.file.size > MAX_PDF_BYTES) return { ok: false, failure: { kind: 'too-large', bytes: source.file.size } };
  try {
    return { ok: true, data: new Uint8Array(await source.file.arrayBuffer()) };
  } catch {
    return { ok: false, failure: { kind: 'local-access', allowed: true } };
  }
}

/** Reads the PDF and opens it with pdf.js. Nothing about the document goes anywhere else. */
export async function loadDocument(source: PdfSource, askPassword: (prompt: PasswordPrompt) => void, signal: AbortSignal): Promise<LoadOutcome> {
  const bytes = await readBytes(source, signal);
  if (!bytes.ok) return bytes;
  const { data } = bytes;
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
