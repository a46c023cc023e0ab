import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'preact/hooks';
import { pdfPublicationDay } from '@/utils/pdf/pdf-date';
import type { PdfFailure } from '@/utils/pdf/pdf-failure';
import { hasText, loadDocument, type PasswordPrompt, type PdfSource } from './load-document';

export type DocumentState =
  | { phase: 'loading' }
  | { phase: 'password'; prompt: PasswordPrompt }
  | { phase: 'failed'; failure: PdfFailure }
  | { phase: 'open'; document: PDFDocumentProxy; title: string | null; articleDay: string | null; hasText: boolean };

/** The PDF from `source`, read and opened, with what Repère needs of its metadata. */
export function usePdfDocument(source: PdfSource | null): DocumentState {
  const [state, setState] = useState<DocumentState>({ phase: 'loading' });
  useEffect(() => {
    if (!source) return setState({ phase: 'failed', failure: { kind: 'no-file' } });
    setState({ phase: 'loading' });
    const controller = new AbortController();
    let opened: PDFDocumentProxy | null = null;
    const askPassword = (prompt: PasswordPrompt) => {
      if (!controller.signal.aborted) setState({ phase: 'password', prompt });
    };
    void (async () => {
      const outcome = await loadDocument(source, askPassword, controller.signal);
      if (controller.signal.aborted) return;
      if (!outcome.ok) return setState({ phase: 'failed', failure: outcome.failure });
      opened = outcome.document;
      const [{ info }, text] = await Promise.all([
        outcome.document.getMetadata().catch(() => ({ info: {} as Record<string, unknown> })),
        hasText(outcome.document).catch(() => true),
      ]);
      const fields = (info ?? {}) as { Title?: unknown; CreationDate?: unknown; ModDate?: unknown };
      if (controller.signal.aborted) return;
      setState({
        phase: 'open',
        document: outcome.document,
        title: typeof fields.Title === 'string' && fields.Title.trim() !== '' ? fields.Title.trim() : null,
        articleDay: pdfPublicationDay(fields),
        hasText: text,
      });
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) {
        console.error('[Repère] PDF', error);
        setState({ phase: 'failed', failure: { kind: 'corrupt' } });
      }
    });
    return () => {
      controller.abort();
      void opened?.destroy();
    };
  }, [source]);
  return state;
}
