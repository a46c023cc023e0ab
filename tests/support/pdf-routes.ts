import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../../scripts/lib/static-server';
import { handWrittenPdf } from './hand-written-pdf';

/** A PDF that says it weighs 300 MB (over the viewer's 200 MB limit). */
export const HUGE_PDF_PATH = '/docs/huge.pdf';

/** The journeys' PDF (tests/journeys/pdf-journeys.ts), at an address without .pdf, in both browsers. */
export const PDF_JOURNEY_PATH = '/journey/document';

export const pdfJourneyRoute: Route = (request, response) => {
  if (new URL(request.url ?? '/', 'http://localhost').pathname !== PDF_JOURNEY_PATH) return false;
  const body = handWrittenPdf({ text: 'MSSanté relie les soignants ; Mon espace santé garde les documents.' });
  response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': body.length, 'cache-control': 'no-store' });
  response.end(body);
  return true;
};

interface ServedFile {
  body: Buffer;
  type: string;
}

/**
 * PDFs the tests make (Chromium's print to PDF) and serve from the fixture
 * server, at any path and with any Content-Type: the viewer must be chosen
 * by the response's type, not by a `.pdf` suffix. One instance for the
 * worker's server, like `releases`.
 */
export class PdfRoutes {
  private readonly files = new Map<string, ServedFile>();

  serve(path: string, body: Buffer, type = 'application/pdf'): void {
    this.files.set(path, { body, type });
  }

  readonly route: Route = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === HUGE_PDF_PATH) {
      // Declares 300 MB and sends only a start: a viewer that reads the header never waits for the rest.
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': 300 * 1024 * 1024 });
      response.write(Buffer.from('%PDF-1.7\n'));
      request.on('close', () => response.destroy());
      return true;
    }
    const file = this.files.get(pathname);
    if (!file) return false;
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
