import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../../scripts/lib/static-server';

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
    const file = this.files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return false;
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
