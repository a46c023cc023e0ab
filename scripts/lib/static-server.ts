import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A route handled in code (fault injection, generated pages); return false to fall through to files. */
export type Route = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (a free port unless one is given), for the
 * sample articles in the demo, the tests and the benchmark. Only files under
 * `root` are served.
 */
export async function startStaticServer({
  root,
  port = 0,
  routes = [],
}: {
  root: string;
  port?: number;
  routes?: Route[];
}): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    try {
      for (const route of routes) if (await route(request, response)) return;
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = path.resolve(base, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
      if (!file.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
